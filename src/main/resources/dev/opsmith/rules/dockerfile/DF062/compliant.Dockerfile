FROM eclipse-temurin:21-jre-jammy
WORKDIR /opt/aml
COPY build/libs/aml-screening.jar /opt/aml/aml-screening.jar
COPY config/application.yaml config/logback.xml /opt/aml/config/
# ADD is kept where the local tar archive should be extracted
ADD vendor/sanctions-lists.tar.gz /opt/aml/lists/
USER 10001
ENTRYPOINT ["java", "-jar", "/opt/aml/aml-screening.jar"]
