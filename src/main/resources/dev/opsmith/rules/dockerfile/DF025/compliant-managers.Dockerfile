FROM alpine:3.20
RUN apk add --no-cache --update curl
RUN apk update && apk add --no-cache jq
RUN yum makecache && yum install -y openssl && yum clean all
RUN microdnf makecache && dnf upgrade -y && dnf clean all
RUN zypper ref && zypper -n in curl && zypper clean -a
RUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*
RUN apt-get update && xargs apt-get install -y --no-install-recommends < /tmp/packages.txt
