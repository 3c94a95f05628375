FROM python:3.12-slim
# expect-next: DF036
RUN python3 -m pip install --no-cache-dir requests
# expect-next: DF036
RUN pip3 install --no-cache-dir --upgrade pip setuptools
# expect-next: DF036
RUN pip install --no-cache-dir git+https://github.com/example/iban.git
# expect-next: DF036
RUN pip install --no-cache-dir sepa-tools @ git+https://github.com/example/sepa-tools.git
# expect-next: DF036
RUN uv pip install --system "pydantic[email]"
# expect-next: DF036
RUN pip install --no-cache-dir -r requirements.txt boto3
