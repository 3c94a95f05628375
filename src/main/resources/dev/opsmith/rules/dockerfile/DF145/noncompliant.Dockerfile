FROM maven:3.9-eclipse-temurin-21 AS service-base
WORKDIR /src
ONBUILD COPY pom.xml .
ONBUILD RUN mvn -B dependency:go-offline
# expect-next: DF145
ONBUILD MAINTAINER platform-team@example.com
# expect-next: DF145
ONBUILD FROM eclipse-temurin:21-jre
# expect-next: DF145
ONBUILD ONBUILD COPY . /src
