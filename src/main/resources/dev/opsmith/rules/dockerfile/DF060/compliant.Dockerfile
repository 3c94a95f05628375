FROM python:3.12-slim
WORKDIR /srv/kyc-service
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY kyc_service/ ./kyc_service/
USER 10001
CMD ["python", "-m", "kyc_service"]
