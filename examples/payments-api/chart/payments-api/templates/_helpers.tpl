{{- define "payments-api.labels" -}}
app.kubernetes.io/name: payments-api
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}
