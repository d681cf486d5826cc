using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Findings;
using MetaFence.Core.Snapshot;

namespace MetaFence.Rendering.Json;

/// <summary>The JSON pieces audit, trace, verify and explain share, so one word is spelled one way in every schema.</summary>
internal static class JsonParts
{
    /// <summary><c>{kind, namespace, name}</c>; namespace null for cluster-scoped objects.</summary>
    public static void WriteObjectRef(Utf8JsonWriter json, string property, ObjectRef? value)
    {
        if (value is null)
        {
            json.WriteNull(property);
            return;
        }

        json.WriteStartObject(property);
        json.WriteString("kind", value.Kind);
        json.WriteString("namespace", value.Namespace);
        json.WriteString("name", value.Name);
        json.WriteEndObject();
    }

    /// <summary><c>{file, document, path, line}</c> or null.</summary>
    public static void WriteLocation(Utf8JsonWriter json, string property, SourceLocation? location)
    {
        if (location is null)
        {
            json.WriteNull(property);
            return;
        }

        json.WriteStartObject(property);
        json.WriteString("file", location.File);
        json.WriteNumber("document", location.Document);
        json.WriteString("path", location.Path);
        WriteNumberOrNull(json, "line", location.Line);
        json.WriteEndObject();
    }

    /// <summary>The <c>findings</c> array of the audit, trace and verify schemas, most severe first.</summary>
    public static void WriteFindings(Utf8JsonWriter json, ImmutableArray<Finding> findings)
    {
        json.WriteStartArray("findings");
        foreach (var finding in FindingOrder.Sort(findings))
        {
            json.WriteStartObject();
            json.WriteString("id", finding.RuleId);
            json.WriteString("title", finding.Title);
            json.WriteString("severity", SeverityText.Name(finding.Severity));
            json.WriteString("namespace", finding.Namespace);
            WriteObjectRef(json, "subject", finding.Subject);
            json.WriteString("message", finding.Message);
            json.WriteString("remediation", finding.Remediation);
            WriteStrings(json, "references", finding.References);
            WriteLocation(json, "location", finding.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteDestinationFields(Utf8JsonWriter json, Destination destination)
    {
        json.WriteString("address", destination.Address.ToString());
        json.WriteNumber("port", destination.Port);
        json.WriteString("protocol", destination.Protocol.ToString());
    }

    /// <summary>
    /// <c>allowed, decision, [reason,] decidedBy, trail, notes</c> of one verdict; the reason
    /// sentence only where a person asked (explain), not on every audit destination.
    /// </summary>
    public static void WriteVerdictFields(Utf8JsonWriter json, Verdict verdict, bool withReason = false)
    {
        json.WriteBoolean("allowed", verdict.Allowed);
        json.WriteString("decision", verdict.Decision.ToString());
        if (withReason)
        {
            json.WriteString("reason", DecisionText.Reason(verdict.Decision));
        }

        WriteRuleRefs(json, "decidedBy", verdict.DecidedBy);
        WriteRuleRefs(json, "trail", verdict.Trail);
        WriteStrings(json, "notes", verdict.Notes);
        if (verdict.IsUnknown)
        {
            WriteStrings(json, "unknown", verdict.Unknown); // decision 0004; absent when certain
        }
    }

    public static void WriteStrings(Utf8JsonWriter json, string property, IEnumerable<string> values)
    {
        json.WriteStartArray(property);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    public static void WriteNumberOrNull(Utf8JsonWriter json, string property, int? value)
    {
        if (value is int number)
        {
            json.WriteNumber(property, number);
        }
        else
        {
            json.WriteNull(property);
        }
    }

    /// <summary>Rule references keep the engine's order: it is the order they were consulted in.</summary>
    private static void WriteRuleRefs(Utf8JsonWriter json, string property, IEnumerable<RuleRef> rules)
    {
        json.WriteStartArray(property);
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("kind", rule.Policy.Kind);
            json.WriteString("namespace", rule.Policy.Namespace);
            json.WriteString("name", rule.Policy.Name);
            WriteNumberOrNull(json, "rule", rule.Rule);
            json.WriteString("ruleName", rule.RuleName);
            json.WriteString("description", rule.Description);
            WriteLocation(json, "location", rule.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
