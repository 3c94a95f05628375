FROM python:3.12-slim
WORKDIR /srv/credit-scoring
# the ignore file beside this Dockerfile only keeps out caches
# expect-next: DF067
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
USER 10001
CMD ["python", "-m", "credit_scoring"]
