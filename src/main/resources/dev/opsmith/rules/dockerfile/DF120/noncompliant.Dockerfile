FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates
# expect-next: DF120
RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
# expect-next: DF120
RUN sh -c "$(curl -fsSL https://raw.githubusercontent.com/acme-pay/tools/main/install.sh)"
# expect-next: DF120
RUN wget -qO- https://get.acme-pay.io/agent.sh | sudo -E sh
