FROM rockylinux:9
# expect-next: DF030
RUN dnf install nginx-1.20.1 \
 && dnf clean all
