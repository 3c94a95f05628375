FROM node:20-bookworm-slim
ENV YARN_ENABLE_IMMUTABLE_INSTALLS=true
RUN npm install -g pm2@5.4.2
RUN npm install express@4.19.2
RUN yarn install --frozen-lockfile && yarn cache clean
RUN yarn install && yarn build
RUN corepack enable && pnpm install --frozen-lockfile
RUN npm run build
