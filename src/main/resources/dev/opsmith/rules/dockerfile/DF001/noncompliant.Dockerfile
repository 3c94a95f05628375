ARG RUNTIME=eclipse-temurin
# expect-next: DF001
FROM maven AS build
WORKDIR /src
COPY . .
RUN mvn -B package

# expect-next: DF001
FROM ${RUNTIME}
# expect-next: DF001
COPY --from=registry.example.com/payments/ledger-schemas /schemas /opt/ledger/schemas
COPY --from=build /src/target/ledger.jar /opt/ledger/ledger.jar
CMD ["java", "-jar", "/opt/ledger/ledger.jar"]
