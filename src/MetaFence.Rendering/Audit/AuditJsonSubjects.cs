using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Audit;
using MetaFence.Rendering.Json;

namespace MetaFence.Rendering.Audit;

/// <summary>The <c>subjects</c> array of <c>metafence.audit/v1</c>.</summary>
internal static class AuditJsonSubjects
{
    public static void Write(Utf8JsonWriter json, ImmutableArray<SubjectResult> subjects)
    {
        json.WriteStartArray("subjects");
        foreach (var result in ReportOrder.Subjects(subjects))
        {
            var subject = result.Subject;
            json.WriteStartObject();
            json.WriteString("kind", subject.Object.Kind);
            json.WriteString("subjectKind", subject.Kind.ToString());
            json.WriteString("namespace", subject.Namespace);
            json.WriteString("name", subject.Object.Name);
            json.WriteNumber("podCount", subject.PodNames.Length);
            JsonParts.WriteStrings(json, "pods", subject.PodNames.Order(StringComparer.Ordinal));
            json.WriteBoolean("hostNetwork", subject.HostNetwork);
            json.WriteBoolean("reachesCredentialEndpoint", AuditSummary.ReachesCredentialEndpoint(result));
            JsonParts.WriteLocation(json, "location", subject.Representative.Location);
            WriteEndpoints(json, result.Endpoints);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteEndpoints(Utf8JsonWriter json, ImmutableArray<EndpointVerdict> endpoints)
    {
        json.WriteStartArray("endpoints");
        foreach (var endpoint in ReportOrder.Verdicts(endpoints))
        {
            json.WriteStartObject();
            json.WriteString("id", endpoint.Endpoint.Id);
            json.WriteString("role", AuditJsonRenderer.RoleName(endpoint.Endpoint.Role));
            json.WriteBoolean("reachable", endpoint.Reachable);
            json.WriteStartArray("destinations");
            foreach (var destination in ReportOrder.Destinations(endpoint.Destinations))
            {
                json.WriteStartObject();
                JsonParts.WriteDestinationFields(json, destination.Destination);
                JsonParts.WriteVerdictFields(json, destination.Verdict);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
