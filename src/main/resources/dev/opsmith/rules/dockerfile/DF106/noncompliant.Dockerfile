FROM nginx:1.27
# expect-next: DF106
RUN openssl req -x509 -nodes -newkey rsa:2048 -days 365 -subj "/CN=pay.local" \
    -keyout /etc/nginx/tls.key -out /etc/nginx/tls.crt
COPY nginx.conf /etc/nginx/nginx.conf
