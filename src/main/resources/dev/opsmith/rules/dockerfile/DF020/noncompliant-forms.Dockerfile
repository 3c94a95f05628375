FROM ubuntu:24.04 AS base
# expect-next: DF020
RUN sudo apt-get install --no-install-recommends curl
# expect-next: DF020
RUN ["apt-get", "install", "--no-install-recommends", "curl"]
# expect-next: DF020
RUN sh -c "apt-get update && apt-get install --no-install-recommends jq"
# expect-next: DF020
ONBUILD RUN apt-get install --no-install-recommends libssl3
# expect-next: DF020
RUN apt-get install -q --no-install-recommends gnupg
RUN <<EOF
set -e
# expect-next: DF020
apt-get install --no-install-recommends ca-certificates
EOF
