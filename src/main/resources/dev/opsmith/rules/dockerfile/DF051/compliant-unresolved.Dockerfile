# the base is chosen by the pipeline; it may well be a non-root image
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
COPY payment-gateway /payment-gateway
ENTRYPOINT ["/payment-gateway"]
