FROM eclipse-temurin:21-jre-jammy
RUN useradd --uid 10001 --no-create-home reporting
WORKDIR /opt/reporting
# owner and mode are set as the files are written, in one layer
COPY --chown=10001:10001 --chmod=0750 build/install/reporting/ ./
USER 10001
ENTRYPOINT ["/opt/reporting/bin/reporting"]
