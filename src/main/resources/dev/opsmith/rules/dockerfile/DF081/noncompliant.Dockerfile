FROM eclipse-temurin:21-jre
WORKDIR /app
COPY target/payment-gateway.jar /app/app.jar
USER 10001
# expect-next: DF081
CMD java -XX:MaxRAMPercentage=75 -jar /app/app.jar
