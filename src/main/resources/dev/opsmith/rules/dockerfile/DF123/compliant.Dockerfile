FROM node:20-alpine
COPY certs/acme-root-ca.crt /usr/local/share/ca-certificates/acme-root-ca.crt
ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/acme-root-ca.crt \
    NODE_TLS_REJECT_UNAUTHORIZED=1
WORKDIR /app
COPY . .
USER node
CMD ["node", "server.js"]
