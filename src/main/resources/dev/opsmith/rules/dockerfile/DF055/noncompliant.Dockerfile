FROM ubuntu:24.04
RUN useradd --uid 10001 --create-home support
# expect-next: DF055
RUN echo 'support:Welcome2024!' | chpasswd
COPY --chown=10001:10001 support-console /opt/support-console
USER 10001
CMD ["/opt/support-console/bin/start"]
