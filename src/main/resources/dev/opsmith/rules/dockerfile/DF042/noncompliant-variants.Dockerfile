FROM ruby:3.3-slim
RUN gem install --no-document \
# expect-next: DF042
      rack \
      puma:6.4.2
# expect-next: DF042
RUN gem install -i /opt/gems --source https://rubygems.org money
