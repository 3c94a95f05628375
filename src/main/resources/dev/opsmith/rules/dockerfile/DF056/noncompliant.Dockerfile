FROM debian:bookworm-slim
COPY hsm-client /usr/local/bin/hsm-client
# the HSM client needs raw sockets, so someone made it setuid root
# expect-next: DF056
RUN chmod u+s /usr/local/bin/hsm-client
# expect-next: DF056
COPY --chmod=4755 pin-reset /usr/local/sbin/pin-reset
USER 10001
ENTRYPOINT ["/usr/local/bin/hsm-client"]
