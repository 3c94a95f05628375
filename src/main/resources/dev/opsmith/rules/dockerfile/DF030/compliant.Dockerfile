FROM rockylinux:9
RUN dnf install -y nginx-1.20.1 \
 && dnf clean all
