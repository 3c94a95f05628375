FROM golang:1.23 AS builder
WORKDIR /src
COPY . .
RUN go build -o /out/settlement ./cmd/settlement

FROM gcr.io/distroless/static-debian12:nonroot
# expect-next: DF141
COPY --from=build /out/settlement /settlement
# expect-next: DF141
COPY --from=3 /out/settlement /settlement-copy
ENTRYPOINT ["/settlement"]
