# expect-next: DF006
FROM --platform=${TARGETPLATFORM} alpine:3.21
