FROM opensuse/leap:15.6
RUN zypper --non-interactive install --no-recommends \
      curl=8.6.0 \
      'openssl-3>=3.1.4' \
      tar-1.34-150000.3.34.1 \
 && zypper clean --all
