# Image references, earlier aliases (any case), unresolved variables and the own stage (DF140) are accepted.
ARG FROM_STAGE
FROM alpine:3.21 AS Base
FROM alpine:3.21 AS app
COPY --from=BASE /etc/os-release /base-release
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/nginx.conf
COPY --from=ghcr.io/example/tools /bin/tool /bin/tool
COPY --from=${FROM_STAGE} /x /x
COPY --from=app /y /y
RUN --mount=from=base,source=/etc,target=/mnt/etc true
