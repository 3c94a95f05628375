FROM python:3.12-slim
# expect-next: DF085
MAINTAINER Payments Platform <payments-platform@example.com>
COPY app/ /srv/app/
CMD ["python", "-m", "app"]
