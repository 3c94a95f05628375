FROM eclipse-temurin:21-jre-jammy
WORKDIR /opt/aml
# expect-next: DF062
ADD build/libs/aml-screening.jar /opt/aml/aml-screening.jar
# expect-next: DF062
ADD config/application.yaml config/logback.xml /opt/aml/config/
USER 10001
ENTRYPOINT ["java", "-jar", "/opt/aml/aml-screening.jar"]
