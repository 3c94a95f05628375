FROM opensuse/leap:15.6
# expect-next: DF033
RUN zypper remove vim
# expect-next: DF033
RUN zypper --quiet in openssl
# expect-next: DF033
RUN zypper dup
