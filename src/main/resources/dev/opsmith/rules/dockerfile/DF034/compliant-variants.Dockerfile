FROM opensuse/leap:15.6 AS build
RUN zypper -n in gcc make

FROM opensuse/leap:15.6
RUN zypper -n in curl && zypper cc -a
RUN zypper -n up && rm -rf /var/cache/zypp/*
COPY --from=build /usr/bin/make /usr/local/bin/make
