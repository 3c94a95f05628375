FROM node:22-alpine AS build-web
WORKDIR /web
COPY . .
RUN npm ci && npm run build

FROM golang:1.23 AS build-api
WORKDIR /api
COPY . .
RUN go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build-api /out/api /api
ENTRYPOINT ["/api"]
