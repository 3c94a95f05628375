FROM rust:1.79-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM debian:bookworm-slim
# brings cargo, the registry cache and ~/.cargo/credentials.toml along
# expect-next: DF065
COPY --from=build / /
USER 10001
ENTRYPOINT ["/src/target/release/card-tokenizer"]
