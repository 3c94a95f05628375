FROM node:20-bookworm-slim
ARG APP_DIR=/srv/portal
ENV HOME=/home/node
# a path starting with a variable is decided at build time
WORKDIR ${APP_DIR}
WORKDIR $HOME/cache
