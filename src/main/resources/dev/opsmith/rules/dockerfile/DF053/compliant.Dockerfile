FROM ubuntu:24.04
RUN useradd --uid 10001 --create-home ops
# privileged steps run as root, visibly, before dropping to the app user
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-21-jre-headless \
 && rm -rf /var/lib/apt/lists/*
COPY --chown=10001:10001 target/statements.jar /home/ops/statements.jar
USER 10001
CMD ["java", "-jar", "/home/ops/statements.jar"]
