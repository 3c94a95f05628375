FROM node:22-alpine AS build
WORKDIR /web
COPY . .
RUN npm ci && npm run build

# expect-next: DF147
FROM golang:1.23 AS BUILD
WORKDIR /api
COPY . .
RUN go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/api /api
ENTRYPOINT ["/api"]
