FROM debian:bookworm-slim
RUN apt-get update && apt-get --yes install --no-install-recommends tini
RUN apt-get update && apt-get install --assume-yes --no-install-recommends curl
RUN apt-get update && apt-get install -qq --no-install-recommends jq
RUN apt-get update && apt-get install -q=2 --no-install-recommends jq
RUN apt-get update && apt-get install -qy --no-install-recommends jq
RUN apt-get update && apt-get install -o APT::Get::Assume-Yes=true --no-install-recommends jq
RUN sudo -E apt-get install -y --no-install-recommends gnupg
COPY <<EOF /usr/local/bin/setup.sh
apt-get install postgresql-client
EOF
RUN python3 <<EOF
print("apt-get install is only text here")
EOF
