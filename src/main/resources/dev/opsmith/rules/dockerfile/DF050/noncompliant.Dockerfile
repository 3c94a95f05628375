FROM eclipse-temurin:21-jre-jammy
RUN groupadd --gid 10001 payments \
 && useradd --uid 10001 --gid payments --no-create-home payments
COPY --chown=10001:10001 build/libs/ledger-api.jar /opt/ledger/ledger-api.jar
USER 10001
# switched back to install a debugging tool and never dropped privileges again
# expect-next: DF050
USER root
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
ENTRYPOINT ["java", "-jar", "/opt/ledger/ledger-api.jar"]
