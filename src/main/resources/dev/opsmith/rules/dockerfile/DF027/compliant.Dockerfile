FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl gnupg \
 && install -d -m 0755 /etc/apt/keyrings \
 && curl -fsSL https://packages.example.com/gpg.key | gpg --dearmor -o /etc/apt/keyrings/vendor.gpg \
 && echo "deb [signed-by=/etc/apt/keyrings/vendor.gpg] https://packages.example.com/apt stable main" \
      > /etc/apt/sources.list.d/vendor.list
