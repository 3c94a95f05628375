FROM ubuntu:24.04
# expect-next: DF024
RUN apt list --installed > /tmp/packages.txt
