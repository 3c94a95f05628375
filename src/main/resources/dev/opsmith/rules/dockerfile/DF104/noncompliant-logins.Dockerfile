FROM mcr.microsoft.com/azure-cli:2.63.0
# expect-next: DF104
RUN az login --service-principal -u 6f1c2d3e -p Wq8.vL2~pZ4rT7nM9 --tenant acme-pay.onmicrosoft.com
# expect-next: DF104
RUN docker login -u ci --password=Dk29sLq83Mz registry.acme-pay.io
# expect-next: DF104
RUN gcloud auth activate-service-account ci@acme-pay.iam.gserviceaccount.com --key-file=/tmp/sa.json
# expect-next: DF104
RUN sh -c "npm config set //npm.acme-pay.io/:_authToken=Nt7qR2xL9pW4kZ8s && npm ci"
