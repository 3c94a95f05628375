FROM opensuse/leap:15.6
# expect-next: DF026
RUN zypper -n dup && zypper clean -a
# expect-next: DF026
RUN zypper --non-interactive dist-upgrade
# expect-next: DF026
RUN apt full-upgrade -y
# expect-next: DF026
RUN dnf system-upgrade download --releasever=41 -y
