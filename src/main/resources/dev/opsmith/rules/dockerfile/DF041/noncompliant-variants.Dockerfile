FROM node:20-bookworm-slim
# expect-next: DF041
RUN yarn --frozen-lockfile
# expect-next: DF041
RUN yarn global add pm2@5.4.2
# expect-next: DF041
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc yarn add dayjs@1.11.13
