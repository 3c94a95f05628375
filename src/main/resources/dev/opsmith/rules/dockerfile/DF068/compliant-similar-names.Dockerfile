FROM alpine:3.20
# only the directories themselves and what is below them count
WORKDIR /devtools
WORKDIR /srv/sys-reports
ARG DATA_ROOT
WORKDIR ${DATA_ROOT}/ledger
