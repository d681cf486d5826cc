using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Cloud.Iam;

namespace MetaFence.Sources.Cloud;

/// <summary>
/// Reads a policy document given as a JSON object (what the CLI prints) or as a string: URL-encoded
/// JSON (what the IAM API returns, "URL-encoded compliant with RFC 3986",
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html) or plain JSON text.
/// <c>Statement</c> may be one object or an array
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html).
/// </summary>
internal sealed class PolicyDocumentReader(JsonFields fields)
{
    private static readonly string[] DocumentElements = ["Version", "Id", "Statement"];
    private const string ExpectedDocument = "a policy document (JSON object, or a URL-encoded JSON string)";

    private readonly StatementReader statements = new(fields);

    private ExportProblems Problems => fields.Problems;

    /// <summary>The document, or null when it cannot be read (an error is recorded).</summary>
    public IamPolicyDocument? Read(JsonElement value, string path, string source, bool trustPolicy)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return ReadEncoded(value.GetString() ?? "", path, source, trustPolicy);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Problems.Error(path, $"a {JsonFields.Kind(value)}", ExpectedDocument);
            return null;
        }

        foreach (var property in value.EnumerateObject().Where(p => !DocumentElements.Contains(p.Name, StringComparer.Ordinal)))
        {
            Problems.Warning(Paths.Property(path, property.Name), $"unknown policy element '{property.Name}', ignored", "one of Version, Id, Statement");
        }

        var version = fields.String(value, path, "Version") ?? "";
        var statementPath = Paths.Property(path, "Statement");
        var read = JsonFields.Get(value, "Statement") switch
        {
            null => Missing(statementPath),
            { ValueKind: JsonValueKind.Object } one => One(statements.Read(one, statementPath, source, 1, trustPolicy)),
            { ValueKind: JsonValueKind.Array } many => [.. many.EnumerateArray()
                .Select((s, i) => statements.Read(s, Paths.Index(statementPath, i), source, i + 1, trustPolicy))
                .OfType<IamStatement>()],
            { } other => Wrong(statementPath, other),
        };
        return new IamPolicyDocument { Version = version, Statements = read, Source = source };
    }

    private IamPolicyDocument? ReadEncoded(string text, string path, string source, bool trustPolicy)
    {
        var trimmed = text.TrimStart();
        string json;
        try
        {
            json = trimmed.StartsWith('{') ? trimmed : Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            Problems.Error(path, "a string that is not URL-encoded JSON", ExpectedDocument);
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement.Clone(), path, source, trustPolicy);
        }
        catch (JsonException)
        {
            Problems.Error(path, "a string that does not decode to JSON", ExpectedDocument);
            return null;
        }
    }

    private ImmutableArray<IamStatement> Missing(string path)
    {
        Problems.Warning(path, "missing: the policy grants nothing", "a statement object or an array of statements");
        return [];
    }

    private ImmutableArray<IamStatement> Wrong(string path, JsonElement value)
    {
        Problems.Error(path, $"a {JsonFields.Kind(value)}, the policy is ignored", "a statement object or an array of statements");
        return [];
    }

    private static ImmutableArray<IamStatement> One(IamStatement? statement) => statement is null ? [] : [statement];
}
