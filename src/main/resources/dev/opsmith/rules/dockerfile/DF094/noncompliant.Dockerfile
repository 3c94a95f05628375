FROM debian:bookworm-slim
# expect-next: DF094
RUN wget -O /tmp/jdk.tar.gz https://downloads.example.com/jdk-21.tar.gz \
    && tar -xzf /tmp/jdk.tar.gz -C /opt && rm /tmp/jdk.tar.gz
