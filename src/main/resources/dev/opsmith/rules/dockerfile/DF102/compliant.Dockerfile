# syntax=docker/dockerfile:1
FROM eclipse-temurin:21-jre
WORKDIR /opt/ledger
COPY certs/acme-root-ca.crt /usr/local/share/ca-certificates/
COPY .env.example ./
COPY deploy/id_ed25519.pub /opt/ledger/keys/
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    --mount=type=secret,id=gcp_sa,target=/run/secrets/gcp.json \
    ./fetch-config.sh
ENV GOOGLE_APPLICATION_CREDENTIALS=/var/run/secrets/gcp/key.json
COPY target/ledger.jar /opt/ledger/
USER 10001
ENTRYPOINT ["java", "-jar", "/opt/ledger/ledger.jar"]
