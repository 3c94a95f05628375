FROM eclipse-temurin:21-jre
ENV APP_HOME=/opt/ledger
ENV APP_CONFIG=$APP_HOME/config
ENV LOG_DIR=/var/log/ledger
ENV LOG_LEVEL=info \
    LOG_FILE=${LOG_DIR}/ledger.log \
    PATH=/opt/ledger/bin:$PATH
WORKDIR /opt/ledger
CMD ["java", "-jar", "ledger.jar"]
