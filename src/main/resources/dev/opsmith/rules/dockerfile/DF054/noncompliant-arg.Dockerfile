FROM debian:bookworm-slim
ARG APP_UID=150000
# expect-next: DF054
RUN useradd -m -u ${APP_UID} reporting
USER ${APP_UID}
