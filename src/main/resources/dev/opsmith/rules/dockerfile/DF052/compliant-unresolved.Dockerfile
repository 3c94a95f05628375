FROM python:3.12-slim
ARG APP_USER
COPY app/ /srv/settlement/
USER $APP_USER
CMD ["python", "-m", "settlement"]
