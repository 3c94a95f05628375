FROM golang:1.22 AS build
ARG GITHUB_TOKEN
# expect-next: DF103
RUN git clone https://x-access-token:Hq93kdLw0PzA71ms@github.com/acme-pay/ledger.git /src
# expect-next: DF103
ENV GOPROXY=https://ci:${PROXY_PASSWORD}@goproxy.acme-pay.internal,direct
# expect-next: DF103
RUN git clone https://$GITHUB_TOKEN@github.com/acme-pay/settlement.git /settlement
WORKDIR /src
RUN go build -o /out/ledger ./cmd/ledger
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/ledger /ledger
ENTRYPOINT ["/ledger"]
