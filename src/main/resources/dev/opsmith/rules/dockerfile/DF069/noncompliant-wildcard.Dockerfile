FROM python:3.12-slim
COPY --from=ghcr.io/acme/models:2024.06 /models/ /srv/models/
# expect-next: DF069
RUN chmod --recursive 0444 /srv/models/*.onnx
