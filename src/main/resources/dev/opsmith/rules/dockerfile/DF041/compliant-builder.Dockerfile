FROM node:20-bookworm-slim AS build
WORKDIR /srv/app
COPY . .
RUN yarn install --frozen-lockfile && yarn build

FROM nginx:1.27-alpine
COPY --from=build /srv/app/dist /usr/share/nginx/html
