FROM eclipse-temurin:21-jre
# expect-next: DF090
LABEL Team="payments-core"
# expect-next: DF090
LABEL com.docker.compliance.scope="pci"
COPY target/clearing.jar /app/app.jar
CMD ["java", "-jar", "/app/app.jar"]
