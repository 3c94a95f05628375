FROM debian:bookworm-slim
RUN wget --progress=dot:giga -O /tmp/jdk.tar.gz https://downloads.example.com/jdk-21.tar.gz \
    && tar -xzf /tmp/jdk.tar.gz -C /opt && rm /tmp/jdk.tar.gz
RUN wget -qO /tmp/a https://downloads.example.com/a && wget -nv -O /tmp/b https://downloads.example.com/b
RUN wget --no-verbose -O /tmp/c https://downloads.example.com/c
