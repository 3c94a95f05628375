FROM eclipse-temurin:21-jre
WORKDIR /app
COPY target/payment-gateway.jar /app/app.jar
USER 10001
HEALTHCHECK CMD curl -fs http://localhost:8080/actuator/health || exit 1
CMD ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
