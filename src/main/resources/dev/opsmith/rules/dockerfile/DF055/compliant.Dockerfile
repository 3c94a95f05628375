FROM ubuntu:24.04
# accounts stay locked; operators authenticate through the platform, not the image
RUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin support \
 && passwd -l root
COPY --chown=10001:10001 support-console /opt/support-console
USER 10001
CMD ["/opt/support-console/bin/start"]
