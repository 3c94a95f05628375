FROM ubuntu:24.04
# expect-next: DF022
RUN apt update && apt install -y --no-install-recommends -o Dpkg::Options::=--force-confold jq
