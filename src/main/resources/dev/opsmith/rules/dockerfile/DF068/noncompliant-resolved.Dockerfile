FROM alpine:3.20
ARG DATA_ROOT=/sys
# expect-next: DF068
WORKDIR ${DATA_ROOT}/ledger
WORKDIR /
# expect-next: DF068
WORKDIR proc
# expect-next: DF068
WORKDIR /boot
