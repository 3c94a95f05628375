FROM python:3.12-slim
COPY requirements.txt .
# expect-next: DF037
RUN pip install -r requirements.txt
USER 10001
