FROM ubuntu:22.04
RUN apt-key list
