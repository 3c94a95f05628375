FROM opensuse/leap:15.6
RUN zypper --non-interactive install --no-recommends \
# expect-next: DF035
      curl \
      'openssl-3>=3.1.4' \
 && zypper clean --all
