FROM rockylinux:9
# expect-next: DF055
RUN useradd -u 10001 -p '$6$rounds=5000$salt$Qx2cDn0r3s9uXoWq' batch
# expect-next: DF055
RUN echo "S3cr3t-batch" | passwd --stdin batch
# expect-next: DF055
RUN usermod --password '$6$abc$def' root
USER 10001
