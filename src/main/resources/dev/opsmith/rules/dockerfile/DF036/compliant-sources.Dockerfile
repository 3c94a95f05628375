FROM python:3.12-slim
ARG EXTRA
COPY . /src
RUN pip install --no-cache-dir . \
 && pip install --no-cache-dir -e /src/plugins/fx-rates \
 && pip install --no-cache-dir ./dist/ledger-1.4.0-py3-none-any.whl /tmp/iso20022-0.9.tar.gz \
 && pip install --no-cache-dir "https://files.example.com/pkgs/swift-mt-2.1.0.tar.gz#sha256=4c1f0a9d2b7e" \
 && pip install --no-cache-dir "sepa-tools @ git+https://github.com/example/sepa-tools.git@3f2a9c1d5e7b" \
 && pip install --no-cache-dir git+https://github.com/example/iban.git@v1.2.0#egg=iban \
 && pip install --no-cache-dir $EXTRA
