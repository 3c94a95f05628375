FROM eclipse-temurin:21-jre AS base
# expect-next: DF106
RUN keytool -genkeypair -alias ledger -keyalg RSA -keystore /opt/ledger.jks -storepass changeit -dname CN=ledger
FROM base
# expect-next: DF106
RUN ssh-keygen -t ed25519 -N "" -f /root/.ssh/id_ed25519 && openssl version
