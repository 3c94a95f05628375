FROM alpine:3.21
# expect-next: DF146
CMD [ 'sh', '-c', 'echo ok' ]
# expect-next: DF146
ONBUILD RUN ["make", "install"
