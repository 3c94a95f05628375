FROM alpine:3.20 AS build
# expect-next: DF102
COPY id_rsa /root/.ssh/id_rsa
# expect-next: DF102
ADD ["infra/terraform.tfstate", "/tmp/"]
FROM alpine:3.20
# expect-next: DF102
ONBUILD COPY .ssh /home/app/.ssh
# expect-next: DF102
COPY --from=build /root/.aws/credentials /root/.aws/
