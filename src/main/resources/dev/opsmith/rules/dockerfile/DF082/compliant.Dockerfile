FROM node:20-alpine AS test
WORKDIR /srv/checkout
CMD ["npm", "test"]

FROM node:20-alpine
WORKDIR /srv/checkout
COPY --chown=node:node . .
USER node
CMD ["node", "server.js"]
