FROM golang:1.22
ENV GOPRIVATE=github.com/acme-pay/* \
    SECRETS_DIR=/run/secrets \
    API_KEY_PATH=/run/secrets/api_key \
    TOKEN_REFRESH_ENABLED=true \
    VAULT_ROLE_ID=ledger \
    REGISTRY_USERNAME=ci \
    PWD_HINT=none
ARG SESSION_TOKEN_LENGTH=32
