FROM node:20-bookworm-slim
WORKDIR /srv/portal
COPY . .
# the tools take the directory themselves
RUN npm --prefix web ci && make -C native && git -C vendor/sdk log -1
