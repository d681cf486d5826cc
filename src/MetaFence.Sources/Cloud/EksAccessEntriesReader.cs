using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Cloud.Eks;

namespace MetaFence.Sources.Cloud;

/// <summary>
/// Reads EKS access entries: <c>aws eks describe-access-entry</c> output (<c>{"accessEntry": {…}}</c>,
/// https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeAccessEntry.html), a JSON array of
/// such outputs, and <c>aws eks list-associated-access-policies</c> outputs in the same array
/// (<c>principalArn</c>, <c>associatedAccessPolicies[].policyArn</c>,
/// https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAssociatedAccessPolicies.html), merged by principal.
/// </summary>
public static class EksAccessEntriesReader
{
    public const string Expected = "the JSON output of aws eks describe-access-entry (or a JSON array of them, with list-associated-access-policies outputs)";

    public static CloudExport<ImmutableArray<EksAccessEntry>> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ExportProblems(path);
        using var document = ExportDocument.Open(path, problems, Expected);
        return Read(document, problems);
    }

    /// <summary>Reads from <paramref name="stream"/>; <paramref name="name"/> is the file name diagnostics show.</summary>
    public static CloudExport<ImmutableArray<EksAccessEntry>> Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var problems = new ExportProblems(name);
        using var document = ExportDocument.Parse(stream, problems, Expected);
        return Read(document, problems);
    }

    private static CloudExport<ImmutableArray<EksAccessEntry>> Read(JsonDocument? document, ExportProblems problems)
    {
        if (document is null)
        {
            return new([], problems.ToImmutable(), false);
        }

        var root = document.RootElement;
        var items = root.ValueKind == JsonValueKind.Array
            ? root.EnumerateArray().Select((item, i) => (item, Paths.Index("", i))).ToList()
            : [(root, "")];
        var fields = new JsonFields(problems);
        var entries = new SortedDictionary<string, EksAccessEntry>(StringComparer.Ordinal);
        var policies = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (item, path) in items)
        {
            if (fields.Object(item, path, "accessEntry") is { } entry)
            {
                var read = ReadEntry(entry, Paths.Property(path, "accessEntry"), fields);
                if (read is not null)
                {
                    entries[read.PrincipalArn] = read;
                }
            }
            else if (JsonFields.Get(item, "associatedAccessPolicies") is not null && fields.String(item, path, "principalArn", required: true) is { } principal)
            {
                var arns = fields.Items(item, path, "associatedAccessPolicies").Select(p => fields.String(p.Item, p.Path, "policyArn", required: true)).OfType<string>();
                (policies.TryGetValue(principal, out var list) ? list : policies[principal] = []).AddRange(arns);
            }
            else
            {
                problems.Error(path, $"this looks like {ExportKind.Describe(item)}, ignored", Expected);
            }
        }

        foreach (var (principal, arns) in policies)
        {
            if (entries.TryGetValue(principal, out var entry))
            {
                entries[principal] = entry with { AccessPolicies = [.. entry.AccessPolicies.Concat(arns).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] };
            }
            else
            {
                problems.Warning("", $"access policies for {principal}, which has no access entry in the input, ignored", "its describe-access-entry output too");
            }
        }

        var result = entries.Values.ToImmutableArray();
        if (result.IsEmpty && !problems.HasFatal)
        {
            problems.Error("", "no access entries could be read", Expected);
        }

        return new(result, problems.ToImmutable(), !result.IsEmpty);
    }

    private static EksAccessEntry? ReadEntry(JsonElement entry, string path, JsonFields fields)
    {
        var principal = fields.String(entry, path, "principalArn", required: true);
        if (principal is null)
        {
            return null;
        }

        var groups = JsonFields.Get(entry, "kubernetesGroups") is { } g ? fields.StringOrArray(g, Paths.Property(path, "kubernetesGroups"), "an array of group names") : null;
        return new EksAccessEntry
        {
            PrincipalArn = principal,
            Type = fields.String(entry, path, "type") ?? "STANDARD",
            Username = fields.String(entry, path, "username"),
            KubernetesGroups = [.. (groups ?? []).Order(StringComparer.Ordinal)],
        };
    }
}
