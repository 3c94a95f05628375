# scratch, stage aliases and unresolved variables are skipped.
ARG TOOLS_IMAGE
FROM ${TOOLS_IMAGE} AS tools
FROM scratch
COPY --from=tools /bin/tool /tool
COPY --from=0 /bin/tool /tool2
