FROM opensuse/leap:15.6
RUN zypper -n in /tmp/agent-2.1.0-1.x86_64.rpm \
 && zypper -n in -t pattern devel_basis \
 && zypper -n in pattern:apparmor \
 && zypper clean --all
