FROM debian:bookworm-slim
# expect-next: DF059
RUN echo '%wheel ALL=(ALL:ALL) NOPASSWD: ALL' | tee -a /etc/sudoers
# expect-next: DF059
RUN sed -i 's/^%sudo.*/%sudo ALL=(ALL:ALL) NOPASSWD: ALL/' /etc/sudoers
RUN cat <<EOF > /etc/sudoers.d/deploy
# expect-next: DF059
deploy ALL=(root) NOPASSWD: /usr/bin/systemctl
EOF
COPY <<EOF /etc/sudoers.d/ci
# expect-next: DF059
ci ALL=(ALL) NOPASSWD: ALL
EOF
