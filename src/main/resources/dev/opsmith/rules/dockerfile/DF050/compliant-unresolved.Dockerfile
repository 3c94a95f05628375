FROM python:3.12-slim
# no default: the value is only known at build time, so it is not guessed
ARG RUN_AS
COPY app/ /srv/settlement/
USER ${RUN_AS}
CMD ["python", "-m", "settlement"]
