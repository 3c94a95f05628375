# expect-next: DF007
FROM python:3.8-slim AS reports
RUN pip install --no-cache-dir reportlab==4.2.5

# expect-next: DF007
FROM openjdk:17-jdk-slim AS build
WORKDIR /src
COPY . .
RUN ./gradlew --no-daemon bootJar

# expect-next: DF007
FROM debian:buster-slim
COPY --from=build /src/build/libs/statements.jar /opt/statements.jar
