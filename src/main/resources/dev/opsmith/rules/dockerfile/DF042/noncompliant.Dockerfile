FROM ruby:3.3-slim
WORKDIR /srv/app
# expect-next: DF042
RUN gem install bundler
COPY Gemfile Gemfile.lock ./
RUN bundle install
