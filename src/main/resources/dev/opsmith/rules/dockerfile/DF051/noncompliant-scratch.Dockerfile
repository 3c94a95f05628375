FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/fx-rates ./cmd/fxrates

# scratch has no users at all: the process runs as UID 0
# expect-next: DF051
FROM scratch
COPY --from=build /out/fx-rates /fx-rates
ENTRYPOINT ["/fx-rates"]
