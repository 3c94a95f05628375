FROM alpine:3.20
# expect-next: DF126
ADD https://github.com/acme-pay/ledger/releases/download/v2.4.1/ledger-linux-amd64 /usr/local/bin/ledger
# expect-next: DF126
ADD https://github.com/acme-pay/settlement.git#main /src/settlement
# expect-next: DF126
ADD git@github.com:acme-pay/fx-rates.git /src/fx
