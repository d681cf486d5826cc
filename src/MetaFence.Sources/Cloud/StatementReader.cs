using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MetaFence.Core.Cloud.Iam;

namespace MetaFence.Sources.Cloud;

/// <summary>
/// Reads one statement (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html).
/// Unknown elements are warnings and the statement is still read; a statement that cannot be read
/// safely (no valid Effect, neither or both of Action and NotAction, no Resource in a permissions
/// policy) is an error and left out, since guessing could grant or deny what the policy does not.
/// </summary>
internal sealed class StatementReader(JsonFields fields)
{
    private static readonly string[] Elements =
        ["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition"];

    private const string ExpectedActions = "a string or an array of strings (service:Action)";
    private const string ExpectedResources = "a string or an array of strings (ARNs)";

    private ExportProblems Problems => fields.Problems;

    public IamStatement? Read(JsonElement statement, string path, string documentSource, int number, bool trustPolicy)
    {
        if (statement.ValueKind != JsonValueKind.Object)
        {
            Problems.Error(path, $"a {JsonFields.Kind(statement)}, the statement is ignored", "a statement object");
            return null;
        }

        foreach (var property in statement.EnumerateObject().Where(p => !Elements.Contains(p.Name, StringComparer.Ordinal)))
        {
            Problems.Warning(Paths.Property(path, property.Name), $"unknown policy element '{property.Name}', ignored",
                "one of " + string.Join(", ", Elements));
        }

        var sid = fields.String(statement, path, "Sid");
        var source = string.Create(CultureInfo.InvariantCulture, $"{documentSource} (statement {number}{(string.IsNullOrEmpty(sid) ? "" : $", Sid {sid}")})");
        var effect = Effect(statement, path);
        var actions = Pair(statement, path, "Action", "NotAction", ExpectedActions, required: true);
        var resources = Pair(statement, path, "Resource", "NotResource", ExpectedResources, required: !trustPolicy);
        if (effect is null || actions is null || resources is null)
        {
            return null;
        }

        var condition = JsonFields.Get(statement, "Condition");
        var conditionText = condition is { ValueKind: JsonValueKind.Object } c && c.EnumerateObject().Any() ? Compact(c) : "";
        if (condition is { } other && other.ValueKind != JsonValueKind.Object)
        {
            Problems.Warning(Paths.Property(path, "Condition"), $"a {JsonFields.Kind(other)}, read as a condition that may not hold", "an object");
            conditionText = Compact(other);
        }

        return new IamStatement
        {
            Effect = effect.Value,
            Sid = sid,
            Actions = actions.Value.Negated ? [] : actions.Value.Values,
            NotActions = actions.Value.Negated ? actions.Value.Values : [],
            Resources = resources.Value.Negated ? [] : resources.Value.Values,
            NotResources = resources.Value.Negated ? resources.Value.Values : [],
            Principals = trustPolicy ? Principals(statement, path) : [],
            HasConditions = conditionText.Length > 0,
            ConditionText = conditionText,
            Source = source,
        };
    }

    private IamEffect? Effect(JsonElement statement, string path)
    {
        var text = fields.String(statement, path, "Effect", required: true);
        if (text is null)
        {
            return null;
        }

        // "Valid values for Effect are Allow and Deny. The Effect value is case sensitive."
        // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html)
        if (text is "Allow" or "Deny")
        {
            return text == "Allow" ? IamEffect.Allow : IamEffect.Deny;
        }

        Problems.Error(Paths.Property(path, "Effect"), $"'{text}', the statement is ignored", "Allow or Deny (case-sensitive)");
        return null;
    }

    /// <summary>Action/NotAction or Resource/NotResource: exactly one of the two; empty values when not required and absent.</summary>
    private (ImmutableArray<string> Values, bool Negated)? Pair(JsonElement statement, string path, string plain, string negated, string expected, bool required)
    {
        var positive = JsonFields.Get(statement, plain);
        var negative = JsonFields.Get(statement, negated);
        if (positive is not null && negative is not null)
        {
            Problems.Error(Paths.Property(path, negated), $"both {plain} and {negated}, the statement is ignored", $"either {plain} or {negated}");
            return null;
        }

        if (positive is null && negative is null)
        {
            if (required)
            {
                Problems.Error(path, $"neither {plain} nor {negated}, the statement is ignored", $"{plain} or {negated}");
                return null;
            }

            return ([], false);
        }

        var isNegated = negative is not null;
        var values = fields.StringOrArray((positive ?? negative)!.Value, Paths.Property(path, isNegated ? negated : plain), expected);
        return values is null ? null : (values.Value, isNegated);
    }

    private ImmutableArray<string> Principals(JsonElement statement, string path)
    {
        var principal = JsonFields.Get(statement, "Principal");
        if (principal is null)
        {
            return [];
        }

        if (principal.Value.ValueKind == JsonValueKind.String)
        {
            return [principal.Value.GetString() ?? ""];
        }

        if (principal.Value.ValueKind != JsonValueKind.Object)
        {
            Problems.Warning(Paths.Property(path, "Principal"), $"a {JsonFields.Kind(principal.Value)}, ignored", "\"*\" or an object (AWS, Service, Federated)");
            return [];
        }

        return [.. principal.Value.EnumerateObject()
            .SelectMany(p => (fields.StringOrArray(p.Value, Paths.Property(Paths.Property(path, "Principal"), p.Name), "a string or an array of strings") ?? [])
                .Select(v => $"{p.Name}:{v}"))
            .Order(StringComparer.Ordinal)];
    }

    private static string Compact(JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
