using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Audit;
using MetaFence.Rendering.Json;

namespace MetaFence.Rendering.Audit;

/// <summary>The <c>subjects</c> array of <c>metafence.audit/v1</c>.</summary>
internal static class AuditJsonSubjects
{
    /// <param name="json">The writer, inside the top-level object.</param>
    /// <param name="subjects">The audit rows.</param>
    /// <param name="withStatus">
    /// Decision 0004: when resources could not be read, every endpoint gains <c>status</c>
    /// (<c>reachable|blocked|unknown</c>) and <c>unknown</c> (reasons); <c>reachable</c> stays a
    /// bool and is true for unknown endpoints. Without, the output is as before.
    /// </param>
    public static void Write(Utf8JsonWriter json, ImmutableArray<SubjectResult> subjects, bool withStatus = false)
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
            WriteEndpoints(json, result.Endpoints, withStatus);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static string StatusName(EndpointStatus status) => status switch
    {
        EndpointStatus.Reachable => "reachable",
        EndpointStatus.Blocked => "blocked",
        EndpointStatus.Unknown => "unknown",
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    private static void WriteEndpoints(Utf8JsonWriter json, ImmutableArray<EndpointVerdict> endpoints, bool withStatus)
    {
        json.WriteStartArray("endpoints");
        foreach (var endpoint in ReportOrder.Verdicts(endpoints))
        {
            json.WriteStartObject();
            json.WriteString("id", endpoint.Endpoint.Id);
            json.WriteString("role", AuditJsonRenderer.RoleName(endpoint.Endpoint.Role));
            json.WriteBoolean("reachable", endpoint.Reachable);
            if (withStatus)
            {
                json.WriteString("status", StatusName(endpoint.Status));
                JsonParts.WriteStrings(json, "unknown", endpoint.Unknown);
            }
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
