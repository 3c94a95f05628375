FROM alpine:3.20
ARG ADMIN_PORT=99999
# expect-next: DF086
EXPOSE 8080:80
# expect-next: DF086
EXPOSE http
# expect-next: DF086
EXPOSE 9100-9000
# expect-next: DF086
EXPOSE ${ADMIN_PORT}
