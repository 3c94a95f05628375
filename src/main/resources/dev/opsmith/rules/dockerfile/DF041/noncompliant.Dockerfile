FROM node:20-bookworm-slim
WORKDIR /srv/app
COPY package.json yarn.lock ./
# expect-next: DF041
RUN yarn install --frozen-lockfile --production
USER node
