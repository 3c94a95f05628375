FROM alpine:3.20
# expect-next: DF103
ADD https://deploy:S3cureDeployPw42@nexus.acme-pay.io/repository/raw/ledger.tar.gz /opt/
# expect-next: DF103
ONBUILD RUN pip install --index-url https://ci:Pz8wq2LmN4@pypi.acme-pay.io/simple ledger-client
