FROM node:20-bookworm-slim
WORKDIR /srv/app
COPY package.json package-lock.json ./
# expect-next: DF040
RUN npm install --omit=dev
