using System.Text.Json;
using MetaFence.Core.Findings;

namespace MetaFence.Rendering.Audit;

/// <summary>One SARIF <c>result</c>: rule, level, message (with the fix), file and object locations.</summary>
internal static class SarifResult
{
    public static void Write(Utf8JsonWriter json, Finding finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", AuditSarifRenderer.Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", Message(finding));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        if (finding.Location is not null || finding.Subject is not null)
        {
            WriteLocation(json, finding);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Message(Finding finding)
    {
        var subject = finding.Subject is { } s ? RuleRefText.Policy(s) + ": " : string.Empty;
        var fix = string.IsNullOrWhiteSpace(finding.Remediation) ? string.Empty : "\nFix: " + finding.Remediation.TrimEnd();
        return subject + finding.Message + fix;
    }

    private static void WriteLocation(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        if (finding.Location is { } location)
        {
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ArtifactUri(location.File));
            json.WriteEndObject();
            if (location.Line is int line)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", line);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        if (finding.Subject is { } subject)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("name", subject.Name);
            json.WriteString("fullyQualifiedName", RuleRefText.Policy(subject));
            json.WriteString("kind", "resource");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>Relative paths stay relative with <c>/</c> separators; absolute paths become <c>file://</c> URIs.</summary>
    internal static string ArtifactUri(string file)
    {
        var path = file.Replace('\\', '/');
        if (Path.IsPathFullyQualified(file))
        {
            return new Uri(file).AbsoluteUri;
        }

        return string.Join("/", path.Split('/').Select(Uri.EscapeDataString));
    }
}
