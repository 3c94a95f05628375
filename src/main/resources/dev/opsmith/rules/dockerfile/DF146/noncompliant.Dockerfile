FROM python:3.12-slim
WORKDIR /app
COPY . .
# expect-next: DF146
RUN ['pip', 'install', '--no-cache-dir', '-r', 'requirements.txt']
# expect-next: DF146
ENTRYPOINT ["python", "-m", "kyc_service",]
# expect-next: DF146
CMD [--port, 8080]
