FROM ubuntu:24.04
RUN useradd --uid 10001 --create-home ops
USER 10001
# expect-next: DF053
RUN sudo apt-get update \
# expect-next: DF053
 && sudo apt-get install -y --no-install-recommends openjdk-21-jre-headless \
# expect-next: DF053
 && sudo rm -rf /var/lib/apt/lists/*
COPY --chown=10001:10001 target/statements.jar /home/ops/statements.jar
CMD ["java", "-jar", "/home/ops/statements.jar"]
