ARG RUNTIME=eclipse-temurin:21-jre
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN mvn -B package

FROM ${RUNTIME}
COPY --from=registry.example.com/payments/ledger-schemas:2.4.0 /schemas /opt/ledger/schemas
COPY --from=build /src/target/ledger.jar /opt/ledger/ledger.jar
CMD ["java", "-jar", "/opt/ledger/ledger.jar"]
