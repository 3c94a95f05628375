FROM opensuse/leap:15.6
# expect-next: DF034
RUN zypper --non-interactive install --no-recommends ca-certificates
USER 10001
