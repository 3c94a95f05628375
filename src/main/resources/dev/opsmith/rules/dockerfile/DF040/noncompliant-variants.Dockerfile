FROM node:20-bookworm-slim
# expect-next: DF040
RUN npm i
# expect-next: DF040
RUN yarn --production
# expect-next: DF040
RUN pnpm install --prod
