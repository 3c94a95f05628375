FROM ubuntu:24.04
# expect-next: DF120
RUN bash <(curl -fsSL https://sh.rustup.rs) -y
# expect-next: DF120
ONBUILD RUN curl -sSL https://install.python-poetry.org | python3 -
