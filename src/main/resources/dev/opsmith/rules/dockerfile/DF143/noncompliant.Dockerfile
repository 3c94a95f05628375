FROM eclipse-temurin:21-jre AS runtime
# expect-next: DF143
SHELL /bin/bash -o pipefail -c
WORKDIR /opt/payments
# expect-next: DF143
COPY --chwon=10001:10001 target/payments.jar ./payments.jar
# expect-next: DF143
EXPSOE 8443
# expect-next: DF143
HEALTHCHECK --interval=30 CMD curl -fsS https://localhost:8443/health || exit 1
USER 10001
CMD ["java", "-jar", "payments.jar"]
