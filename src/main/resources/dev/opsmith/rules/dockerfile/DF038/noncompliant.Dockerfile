FROM python:3.12-slim
COPY requirements.txt .
# expect-next: DF038
RUN pip install --no-cache-dir -r requirements.txt
