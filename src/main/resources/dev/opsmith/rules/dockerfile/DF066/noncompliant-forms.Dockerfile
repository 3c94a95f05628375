FROM python:3.12-slim
# expect-next: DF066
ADD ./ /srv/app/
# expect-next: DF066
COPY ["./.", "/srv/app/"]
