FROM alpine:3.20
# BusyBox adduser does not pre-allocate lastlog entries
RUN adduser -D -u 812001 treasury
USER 812001
