FROM golang:1.22-bookworm AS build
COPY . /src
# expect-next: DF061
RUN cd /src/cmd/settlement \
 && CGO_ENABLED=0 go build -o /out/settlement .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/settlement /settlement
ENTRYPOINT ["/settlement"]
