FROM centos:7
# expect-next: DF030
RUN yum groupinstall "Development Tools"
# expect-next: DF030
RUN dnf module install nodejs:18
# expect-next: DF030
RUN yum localinstall /tmp/agent-2.1.0-1.el7.x86_64.rpm
