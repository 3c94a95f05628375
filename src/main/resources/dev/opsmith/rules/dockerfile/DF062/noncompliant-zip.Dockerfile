FROM eclipse-temurin:21-jre-jammy
# ADD does not extract zip files: this only copies the archive
# expect-next: DF062
ADD vendor/fix-engine.zip /opt/fix/
