FROM opensuse/leap:15.6
# expect-next: DF033
RUN zypper install --no-recommends curl-8.6.0 \
 && zypper clean -a
