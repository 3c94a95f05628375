FROM eclipse-temurin:21-jdk-jammy AS build
# root in a builder stage is fine: nothing of this stage's user survives
USER root
WORKDIR /src
COPY . .
RUN ./gradlew --no-daemon bootJar

FROM eclipse-temurin:21-jre-jammy
RUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin payments
COPY --from=build --chown=10001:10001 /src/build/libs/ledger-api.jar /opt/ledger/ledger-api.jar
USER 10001:10001
ENTRYPOINT ["java", "-jar", "/opt/ledger/ledger-api.jar"]
