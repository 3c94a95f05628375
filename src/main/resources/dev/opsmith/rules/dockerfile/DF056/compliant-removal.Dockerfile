FROM debian:bookworm-slim
# removing setuid bits and a sticky scratch directory are hardening, not risks
RUN chmod u-s,g-s /usr/bin/chage /usr/bin/gpasswd \
 && chmod 1777 /var/tmp/ledger-scratch \
 && chmod 0755 /usr/local/bin \
 && install -m 0755 -d /opt/ledger
USER 10001
