FROM rockylinux:9
RUN useradd -u 10001 batch && passwd -d batch && passwd -l root && usermod -L batch
USER 10001
