FROM python:3.12-slim
WORKDIR /srv/credit-scoring
# an exception re-includes the production env file
# expect-next: DF067
COPY . .
