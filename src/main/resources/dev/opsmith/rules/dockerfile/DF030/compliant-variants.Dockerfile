FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install nginx && microdnf clean all
RUN yum --assumeyes install openssl && yum clean all
RUN dnf --setopt=assumeyes=True install jq && dnf clean all
RUN dnf -qy groupinstall "Development Tools" && dnf clean all
