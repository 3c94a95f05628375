FROM node:20-bookworm-slim
WORKDIR /srv/checkout
COPY --chown=node:node --chmod=644 config/settings.json ./config/
RUN mkdir -p /srv/checkout/uploads /var/tmp/checkout \
    && chown node:node /srv/checkout/uploads \
    && chmod 755 /srv/checkout/uploads \
    && chmod 1777 /var/tmp/checkout \
    && chmod u+w,g-w,o-w /srv/checkout/config/settings.json
USER node
CMD ["node", "index.js"]
