FROM node:20-bookworm-slim AS base
WORKDIR /app
# expect-next: DF050
USER root:root

FROM base AS runtime
COPY --chown=1000:1000 dist/ /app/dist/
CMD ["node", "dist/server.js"]
