FROM eclipse-temurin:21-jre-jammy
RUN groupadd --gid 10001 payments && useradd --uid 10001 --gid 10001 --no-create-home payments
COPY --chown=10001:10001 build/libs/card-vault.jar /opt/vault/card-vault.jar
USER 10001:10001
ENTRYPOINT ["java", "-jar", "/opt/vault/card-vault.jar"]
