# expect-next: DF003
FROM python:3.12-slim AS build
RUN pip wheel --wheel-dir /wheels payments-sdk==4.2.1

# expect-next: DF003
FROM gcr.io/distroless/python3-debian12:nonroot
COPY --from=build /wheels /wheels
# expect-next: DF003
COPY --from=registry.example.com/risk/models:2025.11 /models /srv/models
