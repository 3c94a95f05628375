FROM alpine:3.21
RUN [ -f /etc/os-release ] && cat /etc/os-release
RUN [ "$(id -u)" = "0" ] || exit 1
RUN [[ -d /tmp ]] || mkdir /tmp
CMD [ -n "$HOME" ] && echo ok
