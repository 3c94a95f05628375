FROM python:3.12-slim AS build
RUN pip wheel -w /wheels -r requirements.txt && pip install build

FROM python:3.12-slim
ENV PIP_CACHE_DIR=/var/cache/pip-build
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl
RUN PIP_NO_CACHE_DIR=1 pip install gunicorn==22.0.0
RUN export PIP_NO_CACHE_DIR=off && python -m pip install uvicorn==0.30.0
RUN --mount=type=cache,target=/var/cache/pip-build pip install celery==5.4.0
RUN --mount=type=cache,target=/home/app/.cache/pip,uid=10001 pip install redis==5.0.8
RUN --mount=type=cache,target=/root/.cache pip install httpx==0.27.0
RUN pipx install poetry==1.8.3 && uv pip install --system ruff==0.6.0 && pipenv install --deploy
