FROM alpine:3.20
# expect-next: DF090
LABEL com.example..team=payments
# expect-next: DF090
LABEL .com.example.team=payments
# expect-next: DF090
LABEL "com.example.owner email"=ops@example.com
