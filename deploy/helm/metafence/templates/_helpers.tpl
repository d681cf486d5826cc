{{/*
Labels on every object: managed-by metafence (so `kubectl delete ... -l app.kubernetes.io/managed-by=metafence`
finds them, as for generate's output) plus Helm's standard labels. Helm's own managed-by value is left out:
the key can hold only one value, and metafence is the one generate and its docs use.
*/}}
{{- define "metafence.labels" -}}
app.kubernetes.io/managed-by: metafence
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end }}

{{/* True when the style given as the second element of the list is in .Values.styles. */}}
{{- define "metafence.enabled" -}}
{{- if has (index . 1) (index . 0).Values.styles }}true{{ end }}
{{- end }}

{{/* Ports as a NetworkPolicy or v1alpha1 portNumber writes them: protocol always given (it defaults to TCP). */}}
{{- define "metafence.port" -}}
protocol: {{ .protocol }}
port: {{ .port }}
{{- end }}

{{/*
`to` peers of a cluster-wide rule: at most 25 CIDRs per networks peer (SEMANTICS 49). Takes a list of
{cidr, why} (blocked networks) or of {cidrs, why} (a kept service's addresses).
*/}}
{{- define "metafence.networks" -}}
{{- $all := list }}
{{- range . }}
{{- if hasKey . "cidrs" }}
{{- $why := .why }}
{{- range .cidrs }}{{ $all = append $all (dict "cidr" . "why" $why) }}{{ end }}
{{- else }}
{{- $all = append $all . }}
{{- end }}
{{- end }}
{{- range chunk 25 $all }}
- networks:
  {{- range . }}
  - {{ .cidr | quote }}  # {{ .why }}
  {{- end }}
{{- end }}
{{- end }}
