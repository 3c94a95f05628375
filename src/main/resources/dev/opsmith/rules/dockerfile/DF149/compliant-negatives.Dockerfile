FROM alpine:3.21 AS base
ENV DATA_DIR=/srv/data
FROM base
ARG TARGETARCH
WORKDIR $DATA_DIR
COPY bin/tool-${TARGETARCH} /usr/local/bin/tool
COPY bin/helper-$BUILDPLATFORM /usr/local/bin/helper
LABEL build.channel=${CHANNEL:-stable} note='$NOT_A_VAR' escaped=\$ALSO_NOT
RUN echo "$RUNTIME_ONLY"
WORKDIR $JAVA_HOME
