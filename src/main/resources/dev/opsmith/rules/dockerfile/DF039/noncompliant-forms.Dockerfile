FROM node:20-bookworm-slim
# expect-next: DF039
RUN npm i express@latest
# expect-next: DF039
RUN npm add @types/node
# expect-next: DF039
RUN npm install --save-exact github:example/sepa-xml
# expect-next: DF039
RUN npm --prefix /opt/tools install typescript
