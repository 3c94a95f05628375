FROM rust:1.79-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /src/target/release/card-tokenizer /usr/local/bin/card-tokenizer
ENTRYPOINT ["/usr/local/bin/card-tokenizer"]
