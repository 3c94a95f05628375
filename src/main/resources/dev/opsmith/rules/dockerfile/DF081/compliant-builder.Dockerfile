FROM golang:1.22 AS build
WORKDIR /src
CMD go test ./...

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/settlement /settlement
CMD echo "overridden below"
ENTRYPOINT ["/settlement"]
CMD ["--config", "/etc/settlement.yaml"]
