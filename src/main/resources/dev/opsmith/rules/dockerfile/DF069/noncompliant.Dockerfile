FROM eclipse-temurin:21-jre-jammy
RUN useradd --uid 10001 --no-create-home reporting
WORKDIR /opt/reporting
COPY build/install/reporting/ ./
# expect-next: DF069
RUN chown -R 10001:10001 /opt/reporting \
# expect-next: DF069
 && chmod -R g+rX lib
USER 10001
ENTRYPOINT ["/opt/reporting/bin/reporting"]
