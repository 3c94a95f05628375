FROM eclipse-temurin:21-jre
COPY docker-entrypoint.sh /usr/local/bin/
COPY target/fraud-scoring.jar /app/app.jar
ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
USER 10001
# expect-next: DF083
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
