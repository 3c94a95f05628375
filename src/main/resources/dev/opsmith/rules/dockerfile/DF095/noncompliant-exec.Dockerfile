FROM python:3.12-slim
RUN --mount=type=cache,target=/root/.cache/pip pip install payouts-sdk==3.2.0
RUN --mount=type=cache,target=/root/.cache/pip pip install payouts-cli==1.0.4 # expect: DF095
RUN ["python", "-m", "compileall", "/usr/local/lib/python3.12"]
RUN python -m payouts_cli --self-test # expect: DF095
