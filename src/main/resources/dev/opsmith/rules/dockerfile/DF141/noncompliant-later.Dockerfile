FROM alpine:3.21 AS app
# expect-next: DF141
COPY --from=assets /dist /srv/www
# expect-next: DF141
RUN --mount=type=bind,from=ledgr,source=/data,target=/data cat /data/ledger.csv
FROM alpine:3.21 AS assets
