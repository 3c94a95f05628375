FROM node:20-bookworm-slim
WORKDIR /srv
# expect-next: DF060
ONBUILD WORKDIR ./portal
ONBUILD COPY . .
