FROM node:20-bookworm-slim AS build
# a name in a builder stage does not matter; only the final image's user does
USER node
WORKDIR /home/node/app
COPY --chown=node:node . .
RUN npm ci && npm run build

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build /home/node/app/dist ./dist
# expect-next: DF052
USER node
CMD ["node", "dist/server.js"]
