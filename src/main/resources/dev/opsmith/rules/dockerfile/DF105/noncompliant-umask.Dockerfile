FROM alpine:3.20
# expect-next: DF105
RUN umask 000 && mkdir /data
# expect-next: DF105
RUN chmod a=rwx /opt/run.sh
# expect-next: DF105
RUN chmod 1777 /srv/shared
