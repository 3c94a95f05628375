FROM eclipse-temurin:21-jre-jammy
RUN groupadd --system payments && useradd --system --gid payments --no-create-home payments
COPY --chown=payments:payments build/libs/card-vault.jar /opt/vault/card-vault.jar
# expect-next: DF052
USER payments:payments
ENTRYPOINT ["java", "-jar", "/opt/vault/card-vault.jar"]
