FROM python:3.12-slim AS runtime-base
# expect-next: DF023
RUN apt-get update && apt-get install -y --no-install-recommends libpq5

FROM runtime-base
COPY app/ /srv/payments/
USER 10001
CMD ["python", "-m", "payments"]
