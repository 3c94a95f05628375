FROM eclipse-temurin:21-jre AS runtime
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
WORKDIR /opt/payments
COPY --chown=10001:10001 target/payments.jar ./payments.jar
EXPOSE 8443
HEALTHCHECK --interval=30s CMD curl -fsS https://localhost:8443/health || exit 1
USER 10001
CMD ["java", "-jar", "payments.jar"]
