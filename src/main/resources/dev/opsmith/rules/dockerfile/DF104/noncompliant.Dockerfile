FROM python:3.12-slim
ARG NPM_TOKEN
ARG DB_PASSWORD
# expect-next: DF104
RUN aws configure set aws_secret_access_key Zk3pQ8wLr5Tn2Vb7Xy4Mc9Hd6Jf1Gs0A
# expect-next: DF104
RUN curl -fsSL -u deploy:Tr0ub4dor3x https://artifacts.acme-pay.internal/ledger.tar.gz -o /tmp/ledger.tgz
# expect-next: DF104
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" >> ~/.npmrc
RUN apt-get update \
# expect-next: DF104
    && psql "postgresql://ledger@db/ledger" -c "select 1" --set=pw=$DB_PASSWORD
