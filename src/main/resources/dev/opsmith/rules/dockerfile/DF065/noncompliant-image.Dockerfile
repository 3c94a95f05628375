FROM scratch
# expect-next: DF065
COPY --from=alpine:3.20 /. /rootfs/
