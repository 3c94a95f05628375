ARG APP_VERSION=3.4.1
FROM eclipse-temurin:21-jre
ARG APP_VERSION
WORKDIR /opt/app
COPY target/reconciliation-${APP_VERSION}.jar ./app.jar
LABEL org.opencontainers.image.version=$APP_VERSION
ARG APP_USER=10001
USER $APP_USER
ENV PATH=/opt/app/bin:$PATH JAVA_OPTS="-Xmx512m"
CMD ["java", "-jar", "app.jar"]
