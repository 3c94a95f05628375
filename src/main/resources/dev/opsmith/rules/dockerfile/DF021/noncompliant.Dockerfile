FROM ubuntu:24.04
RUN apt-get update \
# expect-next: DF021
 && apt-get install -y openjdk-17-jre-headless \
 && rm -rf /var/lib/apt/lists/*
