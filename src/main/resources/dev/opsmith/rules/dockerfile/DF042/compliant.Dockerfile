FROM ruby:3.3-slim
WORKDIR /srv/app
RUN gem install bundler:2.5.16
COPY Gemfile Gemfile.lock ./
RUN bundle install
