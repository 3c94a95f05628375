FROM debian:bookworm-slim
COPY app /opt/app/
# a directory the COPY did not fill and a non-recursive chown are fine
RUN mkdir -p /var/lib/app && chown -R 10001 /var/lib/app \
 && chown 10001 /opt/app
USER 10001
