ARG APP_VERSION=3.4.1
FROM eclipse-temurin:21-jre
WORKDIR /opt/app
# expect-next: DF149
COPY target/reconciliation-${APP_VERSION}.jar ./app.jar
# expect-next: DF149
LABEL org.opencontainers.image.version=$APP_VERSION
ARG APP_USER=10001
# expect-next: DF149
USER $APP_USR
CMD ["java", "-jar", "app.jar"]
