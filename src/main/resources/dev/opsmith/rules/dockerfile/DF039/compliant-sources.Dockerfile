FROM node:20-bookworm-slim
ARG TOOL
RUN npm install \
 && npm install --omit dev \
 && npm install express@^4.19.2 @types/node@20 left-pad@~1.3.0 \
 && npm install ./packages/iso4217 file:../shared \
 && npm install https://registry.example.com/fx-rates-1.2.0.tgz \
 && npm install github:example/sepa-xml#v2.1.0 git+https://github.com/example/iban.git#3f2a9c1 \
 && npm install money@npm:dinero.js@2.0.0-alpha.14 \
 && npm install -g $TOOL
