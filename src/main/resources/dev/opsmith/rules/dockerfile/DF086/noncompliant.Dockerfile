FROM eclipse-temurin:21-jre
COPY target/card-vault.jar /app/app.jar
# expect-next: DF086
EXPOSE 8443/https
# expect-next: DF086
EXPOSE 70000
USER 10001
CMD ["java", "-jar", "/app/app.jar"]
