FROM node:20-bookworm-slim
WORKDIR /srv/checkout
# expect-next: DF105
COPY --chmod=666 config/settings.json ./config/
RUN mkdir -p /srv/checkout/uploads \
# expect-next: DF105
    && chmod -R 777 /srv/checkout/uploads
# expect-next: DF105
RUN chmod o+w /srv/checkout/config/settings.json
USER node
CMD ["node", "index.js"]
