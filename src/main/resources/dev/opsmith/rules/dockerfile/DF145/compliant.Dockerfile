FROM maven:3.9-eclipse-temurin-21 AS service-base
WORKDIR /src
ONBUILD COPY pom.xml .
ONBUILD RUN mvn -B dependency:go-offline
ONBUILD LABEL org.opencontainers.image.authors="platform-team@example.com"
ONBUILD COPY . /src
