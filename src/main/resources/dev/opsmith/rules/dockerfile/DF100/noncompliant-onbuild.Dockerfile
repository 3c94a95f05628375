FROM node:20-alpine
# expect-next: DF100
ONBUILD ARG NPM_TOKEN
# expect-next: DF100
ENV ledger_db_passwd="changeme" \
    AWS_ACCESS_KEY_ID_FILE=/run/secrets/aws_key_id
# expect-next: DF100
ARG GITHUB_TOKEN=
