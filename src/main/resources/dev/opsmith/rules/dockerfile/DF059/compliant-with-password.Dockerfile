FROM debian:bookworm-slim
# a rule that still asks for the user's password, and reading the file, are not reported
RUN echo "ops ALL=(ALL) ALL" > /etc/sudoers.d/ops \
 && grep -q NOPASSWD /etc/sudoers || true
