# syntax=docker/dockerfile:1
FROM python:3.12-slim
RUN --mount=type=secret,id=aws,target=/root/.aws/credentials \
    aws s3 cp s3://acme-pay-artifacts/ledger.tar.gz /tmp/ledger.tgz
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
RUN --mount=type=secret,id=registry_pw \
    cat /run/secrets/registry_pw | docker login --password-stdin -u ci registry.acme-pay.io
RUN --mount=type=secret,id=db_password,env=DB_PASSWORD ./migrate.sh
