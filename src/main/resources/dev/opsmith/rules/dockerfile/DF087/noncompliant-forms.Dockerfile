FROM alpine:3.20
ARG SSH_PORT=22
# expect-next: DF087
EXPOSE 22/tcp
# expect-next: DF087
EXPOSE 20-30
# expect-next: DF087
EXPOSE $SSH_PORT
