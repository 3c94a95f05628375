FROM node:20-alpine
WORKDIR /srv/checkout
COPY --chown=node:node . .
USER node
CMD ["node", "migrate.js"]
# expect-next: DF082
CMD ["node", "server.js"]
