FROM debian:bookworm-slim
ADD rootfs.tar /
ADD tools.tgz tools.tar.bz2 tools.tbz2 /opt/tools/
ADD data.tar.xz data.txz data.tar.zst /opt/data/
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/ca/bundle.pem /etc/ssl/certs/bank-ca.pem
ARG PLUGIN
ADD ${PLUGIN} /opt/plugins/
