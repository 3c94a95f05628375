FROM alpine:3.20 AS keys
RUN apk add --no-cache openssh-keygen && ssh-keygen -A
FROM nginx:1.27
COPY --from=keys /etc/ssh/ssh_host_ed25519_key.pub /etc/ssh/
RUN ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub
COPY nginx.conf /etc/nginx/nginx.conf
