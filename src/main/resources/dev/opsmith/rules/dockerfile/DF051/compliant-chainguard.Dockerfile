FROM cgr.dev/chainguard/python:latest-dev AS build
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir --user -r requirements.txt

FROM cgr.dev/chainguard/python:latest
WORKDIR /app
COPY --from=build /home/nonroot/.local /home/nonroot/.local
COPY risk_engine/ ./risk_engine/
ENTRYPOINT ["python", "-m", "risk_engine"]
