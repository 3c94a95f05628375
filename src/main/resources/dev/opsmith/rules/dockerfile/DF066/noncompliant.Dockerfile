FROM node:20-bookworm-slim
WORKDIR /srv/merchant-portal
# no .dockerignore next to this Dockerfile: .git, .env and local keys go into the image
# expect-next: DF066
COPY . .
RUN npm ci --omit=dev
USER node
CMD ["node", "server.js"]
