FROM python:3.12-slim
RUN python -m pip install --no-cache-dir \
# expect-next: DF038
      --requirement requirements.txt
# expect-next: DF038
RUN uv pip install --system -r requirements.txt
