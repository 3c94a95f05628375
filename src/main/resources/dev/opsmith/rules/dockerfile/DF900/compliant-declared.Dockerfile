FROM python:3.12-slim AS base
ARG build_id
ENV app_home=/srv/payments
RUN echo "build ${build_id}" > "${app_home}/BUILD"

FROM base AS runtime
RUN --mount=type=secret,id=pypi,env=pypi_token \
    pip download --index-url "https://__token__:${pypi_token}@pypi.example.com/simple" payments-sdk \
 && echo "proxy: ${https_proxy:-none}"
ONBUILD RUN echo "extending ${app_home}"
