FROM opensuse/leap:15.6
RUN zypper --non-interactive install --no-recommends curl-8.6.0 \
 && zypper clean -a
