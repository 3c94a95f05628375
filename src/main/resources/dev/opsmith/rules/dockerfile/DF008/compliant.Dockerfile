ARG REGISTRY=registry.example.com
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-21
ARG JAVA_IMAGE=eclipse-temurin:21-jre
FROM ${REGISTRY}/${BUILD_IMAGE} AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B package

FROM ${JAVA_IMAGE}
COPY --from=build /src/target/card-issuing.jar /app/card-issuing.jar
CMD ["java", "-jar", "/app/card-issuing.jar"]
