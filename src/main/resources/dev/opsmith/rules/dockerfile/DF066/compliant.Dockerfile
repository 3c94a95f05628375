FROM node:20-bookworm-slim
WORKDIR /srv/merchant-portal
# compliant.Dockerfile.dockerignore beside this file keeps secrets and history out
COPY . .
RUN npm ci --omit=dev
USER node
CMD ["node", "server.js"]
