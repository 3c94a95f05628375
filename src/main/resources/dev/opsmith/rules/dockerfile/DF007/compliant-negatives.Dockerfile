# Tags outside the table, digest-only references, other registries and unresolved variables are not reported.
ARG PY
FROM python:3.10-slim AS a
FROM node:22-alpine AS b
FROM alpine:3.21 AS c
FROM ubuntu:24.04 AS d
FROM debian@sha256:6666666666666666666666666666666666666666666666666666666666666666 AS e
FROM registry.example.com/mirror/centos:7 AS f
FROM python:${PY} AS g
FROM php:8.3-fpm
