FROM scratch
# expect-next: DF149
COPY bin/ledger-$VERSION /ledger
