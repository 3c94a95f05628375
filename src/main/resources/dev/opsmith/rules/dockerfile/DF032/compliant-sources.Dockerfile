FROM rockylinux:9
ARG AGENT_PACKAGE
RUN dnf install -y /tmp/agent-2.1.0-1.el9.x86_64.rpm https://repo.example.com/el9/ledger-tools.rpm \
 && dnf install -y @nodejs:18 @core "perl(JSON::PP)" /usr/bin/jq \
 && dnf module install -y postgresql:16 \
 && dnf groupinstall -y "Development Tools" \
 && dnf install -y $AGENT_PACKAGE \
 && dnf clean all
