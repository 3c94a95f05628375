FROM alpine:3.20
ARG TOOLS
COPY vendor/agent-1.2.0-r0.apk /tmp/
RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0 \
 && apk add --no-cache --allow-untrusted /tmp/agent-1.2.0-r0.apk \
 && apk add --no-cache -t .tools $TOOLS
