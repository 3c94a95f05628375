FROM python:3.12-slim AS base
HEALTHCHECK --interval=30s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/healthz')"]

FROM base
COPY app/ /srv/app/
CMD ["python", "-m", "app"]
