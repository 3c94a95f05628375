FROM gcr.io/distroless/static-debian12:nonroot
# expect-next: DF002
COPY --from=ghcr.io/example/fraud-rules:latest /rules /etc/fraud/rules
