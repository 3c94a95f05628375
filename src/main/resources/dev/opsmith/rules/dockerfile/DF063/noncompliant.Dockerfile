FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
# expect-next: DF063
COPY pom.xml mvnw .mvn /build
RUN ./mvnw -B package

FROM eclipse-temurin:21-jre-jammy
COPY --from=build /build/target/loan-origination.jar /app/loan-origination.jar
USER 10001
ENTRYPOINT ["java", "-jar", "/app/loan-origination.jar"]
