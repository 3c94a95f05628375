FROM rockylinux:9
RUN dnf install -y \
      nginx-1.20.1 \
      java-17-openjdk-headless-1:17.0.12.0.7-2.el9.x86_64 \
      openssl-3.0.7-27.el9 \
      'python3 >= 3.9' \
 && dnf clean all
