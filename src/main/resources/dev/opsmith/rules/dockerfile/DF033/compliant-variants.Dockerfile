FROM opensuse/leap:15.6
RUN zypper -n in jq && zypper clean -a
RUN zypper in -y tar && zypper clean -a
RUN zypper install --no-confirm gzip && zypper clean -a
RUN zypper -nq patch && zypper clean -a
RUN zypper search openssl
