FROM eclipse-temurin:21-jre
COPY docker-entrypoint.sh /usr/local/bin/
COPY target/fraud-scoring.jar /app/app.jar
USER 10001
ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
CMD ["java", "-jar", "/app/app.jar"]
