using System.Globalization;
using System.Text.Json;
using MetaFence.Core.Trace;
using MetaFence.Rendering.Json;

namespace MetaFence.Rendering.Trace;

/// <summary>
/// The trace as JSON, schema <c>metafence.trace/v1</c>: summary, every path (ranked, ids
/// <c>P1</c>…), the groups naming their paths, node posture, identities with every capability,
/// the node findings (MF020–MF029) and notes. Field order is fixed, lists sorted.
/// </summary>
public static class TraceJsonRenderer
{
    public const string Schema = "metafence.trace/v1";

    public static void Render(TraceReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        var ids = new Dictionary<TracePath, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < report.Paths.Length; i++)
        {
            ids[report.Paths[i]] = PathId(i);
        }

        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            WriteSummary(json, report);
            json.WriteStartArray("paths");
            foreach (var path in report.Paths)
            {
                TraceJsonParts.WritePath(json, ids[path], path);
            }

            json.WriteEndArray();
            json.WriteStartArray("groups");
            foreach (var group in report.Groups)
            {
                json.WriteStartObject();
                json.WriteString("nodeGroup", group.NodeGroup);
                JsonParts.WriteStrings(json, "nodes", group.Nodes);
                json.WriteString("identity", group.Identity.Name);
                json.WriteString("severity", SeverityText.Name(group.Severity));
                JsonParts.WriteStrings(json, "paths", group.Paths.Select(p => ids[p]));
                TraceJsonParts.WriteFixes(json, "fixes", group.Fixes);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            TraceJsonParts.WriteNodes(json, report.Posture);
            TraceJsonParts.WriteIdentities(json, report.Posture);
            JsonParts.WriteFindings(json, [.. report.Audit.Findings.Where(TraceTableRenderer.IsNodeFinding)]);
            JsonParts.WriteStrings(json, "notes", report.Notes);
            json.WriteEndObject();
        });
    }

    private static string PathId(int index) => string.Create(CultureInfo.InvariantCulture, $"P{index + 1}");

    private static void WriteSummary(Utf8JsonWriter json, TraceReport report)
    {
        var counts = report.Counts;
        json.WriteStartObject("summary");
        json.WriteString("text", TraceSummary.Text(report));
        json.WriteNumber("paths", report.Paths.Length);
        json.WriteNumber("groups", report.Groups.Length);
        json.WriteStartObject("bySeverity");
        foreach (var group in report.Paths.GroupBy(p => p.Severity).OrderByDescending(g => g.Key))
        {
            json.WriteNumber(SeverityText.Name(group.Key), group.Count());
        }

        json.WriteEndObject();
        json.WriteNumber("exposed", counts.Exposed);
        json.WriteNumber("exposedWithoutIdentity", counts.NoIdentity);
        json.WriteNumber("blockedByNetwork", counts.BlockedByNetwork);
        json.WriteNumber("blockedByNode", counts.BlockedByNode);
        json.WriteNumber("hiddenByMetadataServer", counts.HiddenByMetadataServer);
        json.WriteNumber("unknown", counts.Unknown);
        json.WriteStartObject("podHops");
        json.WriteNumber("hops", report.Posture.Hops.Hops);
        json.WriteString("basis", report.Posture.Hops.Basis);
        json.WriteBoolean("assumed", report.Posture.Hops.Assumed);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
