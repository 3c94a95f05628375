FROM node:20-alpine
WORKDIR /app
# expect-next: DF101
ENV AWS_ACCESS_KEY_ID=AKIA2E0A8F3B244C9986
COPY package*.json ./
# expect-next: DF101
RUN npm config set //npm.pkg.github.com/:_authToken ghp_R8x2Lk9QwE4tYu7IoP3aSd6FgH1jK5zXcV0b \
    && npm ci
COPY . .
USER node
CMD ["node", "server.js"]
