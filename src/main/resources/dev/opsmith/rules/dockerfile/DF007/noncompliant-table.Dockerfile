# expect-next: DF007
FROM centos:7
# expect-next: DF007
FROM docker.io/library/ubuntu:18.04
# expect-next: DF007
FROM node:16-alpine
# expect-next: DF007
FROM alpine:3.17.3
# expect-next: DF007
FROM centos
# expect-next: DF007
FROM python:2.7.18-buster
# expect-next: DF007
FROM node:lts-gallium
FROM alpine:3.22
# expect-next: DF007
COPY --from=ruby:2.7-slim /usr/local/bin/ruby /usr/local/bin/ruby
