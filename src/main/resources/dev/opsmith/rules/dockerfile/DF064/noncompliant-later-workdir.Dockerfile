FROM python:3.12-slim AS build
WORKDIR /src

FROM python:3.12-slim
# the builder's WORKDIR does not apply to this stage
# expect-next: DF064
COPY --from=build /src/dist/ dist/
WORKDIR /app
COPY app.py .
