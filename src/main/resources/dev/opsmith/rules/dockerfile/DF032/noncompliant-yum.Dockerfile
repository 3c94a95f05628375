FROM centos:7
# expect-next: DF032
RUN yum install -y python3-devel && yum clean all
# expect-next: DF032
RUN microdnf install gcc-c++ && microdnf clean all
