FROM eclipse-temurin:21-jre
# expect-next: DF144
ENV APP_HOME=/opt/ledger APP_CONFIG=$APP_HOME/config
ENV LOG_DIR=/var/log/ledger \
    LOG_LEVEL=info \
# expect-next: DF144
    LOG_FILE=${LOG_DIR}/ledger.log
WORKDIR /opt/ledger
CMD ["java", "-jar", "ledger.jar"]
