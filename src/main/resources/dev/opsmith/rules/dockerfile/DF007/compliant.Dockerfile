FROM python:3.13-slim AS reports
RUN pip install --no-cache-dir reportlab==4.2.5

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./gradlew --no-daemon bootJar

FROM debian:bookworm-slim
COPY --from=build /src/build/libs/statements.jar /opt/statements.jar
