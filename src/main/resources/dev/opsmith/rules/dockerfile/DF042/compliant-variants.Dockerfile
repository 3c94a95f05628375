FROM ruby:3.3-slim
ARG GEMS
RUN gem install rails -v 7.1.4 \
 && gem install --no-document rake --version '~> 13.2' \
 && gem install ./vendor/ledger-client-1.0.0.gem \
 && gem install 'nokogiri:~> 1.16' \
 && gem install $GEMS \
 && gem update --system
