FROM python:3.12-slim AS base
# expect-next: DF037
RUN pip install --upgrade pip

FROM base
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
# expect-next: DF037
RUN --mount=type=cache,target=/root/.npm python -m pip install -r requirements.txt
