# Payments API image
# expect-next: DF092
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
# expect-next: DF092
# check=error=true
COPY app/ /srv/app/
CMD ["python", "-m", "app"]
