FROM alpine:3.20
COPY tools/ /opt/tools/
# expect-next: DF056
RUN chmod 2755 /opt/tools/report-spool \
# expect-next: DF056
 && chmod -R 06755 /opt/tools/bin \
# expect-next: DF056
 && install -m 4750 /opt/tools/audit-flush /usr/local/sbin/audit-flush \
# expect-next: DF056
 && chmod ug=rwxs,o=rx /opt/tools/ledger-lock
USER 10001
