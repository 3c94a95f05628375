ARG REGISTRY=registry.example.com
ARG JAVA_IMAGE
# expect-next: DF008
FROM ${REGISTRY}/${BUILD_IMAGE} AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B package

# expect-next: DF008
FROM ${JAVA_IMAGE}
COPY --from=build /src/target/card-issuing.jar /app/card-issuing.jar
CMD ["java", "-jar", "/app/card-issuing.jar"]
