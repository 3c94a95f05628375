# expect-next: DF005
FROM --platform=linux/amd64 golang:1.23 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/clearing ./cmd/clearing

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/clearing /clearing
ENTRYPOINT ["/clearing"]
