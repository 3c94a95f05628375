FROM alpine:3.20
RUN set -euo pipefail && wget -qO- https://downloads.example.com/fx-rates.csv | sort > /srv/rates.csv
RUN <<EOF
set -o pipefail
wget -qO- https://downloads.example.com/iban-registry.txt | grep -v '^#' > /srv/iban.txt
EOF
RUN ["/bin/ash", "-eo", "pipefail", "-c", "wget -qO- https://downloads.example.com/bic.txt | sort > /srv/bic.txt"]
RUN echo "no|pipe|here" > /srv/marker
