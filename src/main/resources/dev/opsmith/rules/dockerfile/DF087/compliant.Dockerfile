FROM ubuntu:24.04
COPY --chown=10001:10001 reconciler /usr/local/bin/reconciler
EXPOSE 8080
USER 10001
CMD ["/usr/local/bin/reconciler"]
