FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libcap2-bin && rm -rf /var/lib/apt/lists/*
COPY --chmod=0755 hsm-client /usr/local/bin/hsm-client
# grant only the capability the binary needs instead of full root via setuid
RUN setcap cap_net_raw=+ep /usr/local/bin/hsm-client
USER 10001
ENTRYPOINT ["/usr/local/bin/hsm-client"]
