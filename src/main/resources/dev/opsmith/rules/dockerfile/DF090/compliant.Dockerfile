FROM eclipse-temurin:21-jre
LABEL com.example.payments.team="payments-core" \
      com.example.compliance.scope="pci" \
      app.kubernetes.io/name="clearing" \
      com.example.cost_center="cc-4410"
COPY target/clearing.jar /app/app.jar
CMD ["java", "-jar", "/app/app.jar"]
