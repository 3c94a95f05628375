FROM --platform=$BUILDPLATFORM golang:1.23 AS build
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/clearing ./cmd/clearing

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/clearing /clearing
ENTRYPOINT ["/clearing"]
