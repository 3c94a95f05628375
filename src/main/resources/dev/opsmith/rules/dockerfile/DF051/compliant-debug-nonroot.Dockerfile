FROM gcr.io/distroless/java21-debian12:debug-nonroot AS base
WORKDIR /app

FROM base
COPY build/libs/clearing.jar /app/clearing.jar
ENTRYPOINT ["java", "-jar", "/app/clearing.jar"]
