FROM rockylinux:9
RUN dnf install -y \
# expect-next: DF032
      nginx \
# expect-next: DF032
      java-17-openjdk-headless \
      openssl-3.0.7-27.el9 \
 && dnf clean all
