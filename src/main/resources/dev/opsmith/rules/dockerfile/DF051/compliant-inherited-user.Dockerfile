FROM node:20-bookworm-slim AS base
WORKDIR /app
USER node

FROM base
COPY --chown=node:node dist/ /app/dist/
CMD ["node", "dist/server.js"]
