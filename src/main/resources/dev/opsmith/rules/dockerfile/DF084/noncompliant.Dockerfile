FROM nginx:1.27-alpine
COPY nginx.conf /etc/nginx/nginx.conf
HEALTHCHECK --interval=30s CMD wget -qO- http://localhost/healthz || exit 1
# expect-next: DF084
HEALTHCHECK NONE
