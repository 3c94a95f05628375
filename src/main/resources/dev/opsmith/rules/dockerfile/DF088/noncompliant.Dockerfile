FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/ledger ./cmd/ledger
HEALTHCHECK CMD ["/bin/true"]

# expect-next: DF088
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/ledger /ledger
ENTRYPOINT ["/ledger"]
