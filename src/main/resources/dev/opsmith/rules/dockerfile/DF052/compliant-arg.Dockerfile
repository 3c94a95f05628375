FROM python:3.12-slim
ARG APP_UID=10001
RUN useradd --uid "${APP_UID}" --no-create-home settlement
COPY app/ /srv/settlement/
USER ${APP_UID}
CMD ["python", "-m", "settlement"]
