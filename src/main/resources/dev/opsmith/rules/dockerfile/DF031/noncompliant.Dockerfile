FROM rockylinux:9
# expect-next: DF031
RUN dnf install -y --setopt=install_weak_deps=False nginx
USER 10001
