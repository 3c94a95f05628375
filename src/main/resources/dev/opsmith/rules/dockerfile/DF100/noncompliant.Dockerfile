FROM python:3.12-slim
WORKDIR /srv/payments
# expect-next: DF100
ARG PYPI_TOKEN
# expect-next: DF100
ENV DB_PASSWORD=Xq7s9Lr2vT8m \
    DB_USER=payments
# expect-next: DF100
ENV STRIPE_API_KEY=${STRIPE_KEY_VALUE}
COPY . .
USER 10001
CMD ["python", "-m", "payments"]
