FROM python:3.12-slim
# expect-next: DF001
RUN --mount=type=bind,from=ghcr.io/example/wheels,source=/wheels,target=/wheels \
    pip install --no-index --find-links=/wheels payments-sdk
