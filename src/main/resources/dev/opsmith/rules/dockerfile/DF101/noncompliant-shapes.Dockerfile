# syntax=docker/dockerfile:1
FROM alpine:3.20
# expect-next: DF101
LABEL org.acme.billing.key="sk_live_4eC39HqLyjWDarjtT1zdp7dc"
COPY <<EOF /root/.ssh/id_ed25519
# expect-next: DF101
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
-----END OPENSSH PRIVATE KEY-----
EOF
# expect-next: DF101
ONBUILD RUN curl -H "PRIVATE-TOKEN: glpat-Zq81mXv3Kp0sLw7RtY2n" https://gitlab.acme-pay.io/api/v4/projects
