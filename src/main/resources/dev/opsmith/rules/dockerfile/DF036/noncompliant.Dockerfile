FROM python:3.12-slim
ENV PIP_NO_CACHE_DIR=1
# expect-next: DF036
RUN pip install flask gunicorn==22.0.0
