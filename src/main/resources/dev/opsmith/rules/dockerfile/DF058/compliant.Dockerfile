FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml settings.xml ./
# dependencies come from the mirror over the default build network
RUN --mount=type=cache,target=/root/.m2 mvn -B -s settings.xml dependency:go-offline
COPY src/ src/
# the package step needs no network at all
RUN --network=none --mount=type=cache,target=/root/.m2 mvn -B -o -s settings.xml package

FROM eclipse-temurin:21-jre-jammy
COPY --from=build /src/target/fraud-scoring.jar /app/fraud-scoring.jar
USER 10001
ENTRYPOINT ["java", "-jar", "/app/fraud-scoring.jar"]
