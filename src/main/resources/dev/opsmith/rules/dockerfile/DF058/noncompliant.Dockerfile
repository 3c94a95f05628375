FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
# reaches the Nexus proxy that only listens on the CI runner's loopback
# expect-next: DF058
RUN --network=host mvn -B -s settings.xml package

FROM eclipse-temurin:21-jre-jammy
COPY --from=build /src/target/fraud-scoring.jar /app/fraud-scoring.jar
USER 10001
ENTRYPOINT ["java", "-jar", "/app/fraud-scoring.jar"]
