FROM ubuntu:22.04
# expect-next: DF027
RUN apt-key adv --keyserver hkps://keyserver.ubuntu.com --recv-keys 0xB1998361219BD9C9
# expect-next: DF027
RUN apt-key --keyring /etc/apt/trusted.gpg.d/vendor.gpg add /tmp/vendor.asc
