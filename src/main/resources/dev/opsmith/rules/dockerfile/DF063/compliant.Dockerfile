FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml mvnw /build/
COPY .mvn /build/.mvn
RUN ./mvnw -B package

FROM eclipse-temurin:21-jre-jammy
# a single wildcard source into a file name works when it matches one file
COPY --from=build /build/target/*.jar /app/loan-origination.jar
USER 10001
ENTRYPOINT ["java", "-jar", "/app/loan-origination.jar"]
