FROM eclipse-temurin:21-jre
WORKDIR /opt/ledger
# expect-next: DF102
COPY config/keystore.p12 /opt/ledger/tls/
# expect-next: DF102
# expect-next: DF102
COPY .npmrc .env ./
COPY gcp/ /opt/ledger/gcp/
# expect-next: DF102
ENV GOOGLE_APPLICATION_CREDENTIALS=/opt/ledger/gcp/service-account.json
COPY target/ledger.jar /opt/ledger/
USER 10001
ENTRYPOINT ["java", "-jar", "/opt/ledger/ledger.jar"]
