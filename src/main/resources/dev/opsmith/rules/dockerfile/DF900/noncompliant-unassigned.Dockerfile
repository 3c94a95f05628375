FROM python:3.12-slim
ARG build_id
# expect-next: DF900
RUN echo "build ${build_id} of ${release_channel}" > /etc/payments-build
