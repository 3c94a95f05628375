FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl gnupg \
# expect-next: DF027
 && curl -fsSL https://packages.example.com/gpg.key | apt-key add - \
 && echo "deb https://packages.example.com/apt stable main" > /etc/apt/sources.list.d/vendor.list
