FROM --platform=$BUILDPLATFORM golang:1.23 AS build
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/fx-rates ./cmd/fx

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/fx-rates /fx-rates
ENTRYPOINT ["/fx-rates"]
