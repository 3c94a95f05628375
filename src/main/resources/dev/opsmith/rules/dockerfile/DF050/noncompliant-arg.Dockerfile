FROM python:3.12-slim
ARG RUN_AS=0
COPY app/ /srv/settlement/
# expect-next: DF050
USER ${RUN_AS}:0
CMD ["python", "-m", "settlement"]
