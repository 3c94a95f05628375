FROM eclipse-temurin:21-jre
COPY target/card-vault.jar /app/app.jar
EXPOSE 8443/tcp 9090
USER 10001
CMD ["java", "-jar", "/app/app.jar"]
