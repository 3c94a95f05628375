FROM python:3.12-slim
ENV PIP_NO_CACHE_DIR=1
COPY requirements.txt constraints.txt ./
RUN pip install --upgrade pip \
 && pip install -r requirements.txt \
 && pip install -c constraints.txt celery \
 && pip install "flask==3.0.3" "gunicorn~=22.0" "requests[socks]>=2.32,<3"
