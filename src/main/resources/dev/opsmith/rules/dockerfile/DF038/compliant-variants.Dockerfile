FROM python:3.12-slim
ENV PIP_REQUIRE_HASHES=1
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
RUN uv pip sync --system requirements.txt
RUN pip install --no-cache-dir flask==3.0.3
