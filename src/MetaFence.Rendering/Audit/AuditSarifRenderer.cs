using System.Diagnostics;
using System.Text.Json;
using MetaFence.Core.Audit;
using MetaFence.Core.Findings;
using MetaFence.Rendering.Json;

namespace MetaFence.Rendering.Audit;

/// <summary>
/// The audit's findings as SARIF 2.1.0 for code-scanning tools: one rule per finding id, one
/// result per finding, level from severity (critical/high error, medium warning, low/info note),
/// a file location when the finding has one and the Kubernetes object as a logical location.
/// </summary>
public static class AuditSarifRenderer
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly string[] BaseTags = ["security", "kubernetes"];

    public static void Render(AuditReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        var findings = FindingOrder.Sort(report.Findings);
        var rules = findings
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.ToList())
            .ToList();
        var ruleIndex = rules.Select((g, i) => (g[0].RuleId, i)).ToDictionary(p => p.RuleId, p => p.i, StringComparer.Ordinal);

        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "MetaFence");
            json.WriteStartArray("rules");
            rules.ForEach(r => WriteRule(json, r));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var finding in findings)
            {
                SarifResult.Write(json, finding, ruleIndex[finding.RuleId]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>SARIF levels: critical and high are errors, medium a warning, low and info notes.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        Severity.Low or Severity.Info => "note",
        _ => throw new UnreachableException(),
    };

    /// <summary>The 0–10 score code-scanning tools sort by (GitHub's <c>security-severity</c> bands).</summary>
    private static string SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        Severity.Low => "3.0",
        Severity.Info => "0.0",
        _ => throw new UnreachableException(),
    };

    /// <summary>One rule from all findings with its id: the first title, the worst severity, all references as tags.</summary>
    private static void WriteRule(Utf8JsonWriter json, List<Finding> findings)
    {
        var first = findings[0];
        var worst = findings.Max(f => f.Severity);
        json.WriteStartObject();
        json.WriteString("id", first.RuleId);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", first.Title);
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(worst));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        var tags = findings.SelectMany(f => f.References).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        JsonParts.WriteStrings(json, "tags", BaseTags.Concat(tags));
        json.WriteString("security-severity", SecuritySeverity(worst));
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
