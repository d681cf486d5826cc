using System.Text.Json;
using MetaFence.Core.Audit;
using MetaFence.Core.Snapshot;
using MetaFence.Rendering.Json;

namespace MetaFence.Rendering.Audit;

/// <summary>
/// The audit as JSON, schema <c>metafence.audit/v1</c>: summary, endpoints checked, subjects
/// with every destination's verdict, findings, what was skipped and input problems.
/// Field order is fixed and lists are sorted, so output is byte-for-byte deterministic.
/// </summary>
public static class AuditJsonRenderer
{
    public const string Schema = "metafence.audit/v1";

    public static void Render(AuditReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            var unreadable = !report.Snapshot.Unreadable.IsEmpty;
            WriteSummary(json, AuditSummary.From(report), unreadable);
            WriteEndpoints(json, report);
            AuditJsonSubjects.Write(json, report.Subjects, withStatus: unreadable);
            JsonParts.WriteFindings(json, report.Findings);
            WriteSkipped(json, report.Snapshot);
            WriteProblems(json, report.Snapshot);
            AuditJsonDataplane.Write(json, report);
            if (unreadable)
            {
                WriteUnreadable(json, report.Snapshot);
            }
            json.WriteEndObject();
        });
    }

    private static void WriteSummary(Utf8JsonWriter json, AuditSummary summary, bool withUnknown)
    {
        json.WriteStartObject("summary");
        json.WriteString("text", summary.ToString());
        json.WriteNumber("namespaces", summary.Namespaces);
        json.WriteNumber("subjects", summary.Subjects);
        json.WriteNumber("pods", summary.Pods);
        json.WriteNumber("templates", summary.Templates);
        json.WriteNumber("reachingCredentialEndpoint", summary.Reaching);
        if (withUnknown)
        {
            json.WriteNumber("unknown", summary.Unknown);
        }
        json.WriteStartObject("findings");
        foreach (var (severity, count) in summary.Findings)
        {
            json.WriteNumber(SeverityText.Name(severity), count);
        }

        json.WriteNumber("total", summary.FindingTotal);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteEndpoints(Utf8JsonWriter json, AuditReport report)
    {
        json.WriteStartArray("endpoints");
        foreach (var endpoint in ReportOrder.Endpoints(report.Endpoints))
        {
            json.WriteStartObject();
            json.WriteString("id", endpoint.Id);
            json.WriteString("role", RoleName(endpoint.Role));
            JsonParts.WriteStrings(json, "providers", endpoint.Providers.Order(StringComparer.Ordinal));
            JsonParts.WriteStrings(json, "addresses", endpoint.Addresses.Order().Select(a => a.ToString()));
            JsonParts.WriteStrings(json, "ports", endpoint.Ports.OrderBy(p => p.Number).ThenBy(p => p.Protocol).Select(p => p.ToString()));
            json.WriteString("description", endpoint.Description);
            json.WriteString("source", endpoint.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    internal static string RoleName(Core.Catalog.EndpointRole role) =>
        role == Core.Catalog.EndpointRole.CredentialSource ? "credentialSource" : "neededService";

    private static void WriteSkipped(Utf8JsonWriter json, ClusterSnapshot snapshot)
    {
        json.WriteStartObject("skipped");
        json.WriteNumber("terminatedPods", snapshot.SkippedTerminatedPods);
        json.WriteStartObject("kinds");
        foreach (var (kind, count) in snapshot.SkippedKinds.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(kind, count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Decision 0004: what the source could not read, only when something was not.</summary>
    private static void WriteUnreadable(Utf8JsonWriter json, ClusterSnapshot snapshot)
    {
        json.WriteStartArray("unreadable");
        foreach (var resource in snapshot.Unreadable
            .OrderBy(r => r.Resource, StringComparer.Ordinal).ThenBy(r => r.Namespace ?? string.Empty, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("resource", resource.Resource);
            json.WriteString("namespace", resource.Namespace);
            json.WriteString("reason", resource.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteProblems(Utf8JsonWriter json, ClusterSnapshot snapshot)
    {
        json.WriteStartArray("problems");
        foreach (var problem in InputView.ProblemOrder(snapshot.Problems))
        {
            json.WriteStartObject();
            JsonParts.WriteObjectRef(json, "object", problem.Object);
            json.WriteBoolean("rejected", problem.Rejected);
            json.WriteString("rule", problem.Rule);
            json.WriteString("message", problem.Message);
            JsonParts.WriteLocation(json, "location", problem.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
