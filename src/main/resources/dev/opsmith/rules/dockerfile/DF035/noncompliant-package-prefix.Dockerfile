FROM opensuse/leap:15.6
# expect-next: DF035
RUN zypper -n in --repo oss package:jq && zypper clean -a
