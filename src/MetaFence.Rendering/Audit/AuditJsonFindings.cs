using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Findings;
using MetaFence.Rendering.Json;

namespace MetaFence.Rendering.Audit;

/// <summary>The <c>findings</c> array of <c>metafence.audit/v1</c>, most severe first.</summary>
internal static class AuditJsonFindings
{
    public static void Write(Utf8JsonWriter json, ImmutableArray<Finding> findings)
    {
        json.WriteStartArray("findings");
        foreach (var finding in FindingOrder.Sort(findings))
        {
            json.WriteStartObject();
            json.WriteString("id", finding.RuleId);
            json.WriteString("title", finding.Title);
            json.WriteString("severity", SeverityText.Name(finding.Severity));
            json.WriteString("namespace", finding.Namespace);
            JsonParts.WriteObjectRef(json, "subject", finding.Subject);
            json.WriteString("message", finding.Message);
            json.WriteString("remediation", finding.Remediation);
            JsonParts.WriteStrings(json, "references", finding.References);
            JsonParts.WriteLocation(json, "location", finding.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
