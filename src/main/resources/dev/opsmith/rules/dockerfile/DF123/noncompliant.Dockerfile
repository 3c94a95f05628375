FROM node:20-alpine
# expect-next: DF123
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
# expect-next: DF123
ARG GIT_SSL_NO_VERIFY=true
WORKDIR /app
COPY . .
# expect-next: DF123
RUN PYTHONHTTPSVERIFY=0 python3 scripts/fetch_rates.py
USER node
CMD ["node", "server.js"]
