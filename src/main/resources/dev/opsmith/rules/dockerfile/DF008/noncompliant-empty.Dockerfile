ARG BASE=
# expect-next: DF008
FROM $BASE
