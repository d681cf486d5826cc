using System.Collections.Immutable;
using MetaFence.Core.Cloud.Eks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetaFence.Sources.Cloud;

/// <summary>
/// Reads the <c>aws-auth</c> ConfigMap (<c>kubectl get configmap aws-auth -n kube-system -o yaml|json</c>):
/// its <c>data.mapRoles</c> is itself YAML, a list of <c>rolearn</c>, <c>username</c>, <c>groups</c>
/// (https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html). Never throws on bad input.
/// </summary>
public static class AwsAuthConfigMapReader
{
    public const string Expected = "the aws-auth ConfigMap (kubectl get configmap aws-auth -n kube-system -o yaml) with data.mapRoles";
    public const string ExpectedMapRoles = "a YAML list of {rolearn, username, groups}";

    public static CloudExport<ImmutableArray<AwsAuthRoleMapping>> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return ReadText(File.ReadAllText(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var problems = new ExportProblems(path);
            problems.Fatal("", $"cannot read the file ({e.Message})", "a readable file");
            return new([], problems.ToImmutable(), false);
        }
    }

    /// <summary>Reads a whole ConfigMap given as YAML or JSON text; <paramref name="name"/> is the file name diagnostics show.</summary>
    public static CloudExport<ImmutableArray<AwsAuthRoleMapping>> ReadText(string text, string name)
    {
        var problems = new ExportProblems(name);
        var root = Load(text, problems, Expected);
        if (root is null)
        {
            return new([], problems.ToImmutable(), false);
        }

        if (Scalar(root, "kind") is { } kind && kind != "ConfigMap")
        {
            problems.Fatal("kind", $"'{kind}'", Expected);
            return new([], problems.ToImmutable(), false);
        }

        if (Child(Child(root, "data"), "mapRoles") is not YamlScalarNode mapRoles)
        {
            // A ConfigMap without mapRoles maps no role: every role lookup finds nothing.
            problems.Warning("data.mapRoles", "missing: no IAM role is mapped to a Kubernetes identity", "a mapRoles entry for the node role");
            return new([], problems.ToImmutable(), true);
        }

        return ParseMapRoles(mapRoles.Value ?? "", name, "data.mapRoles", problems);
    }

    /// <summary>Parses the <c>mapRoles</c> string itself (the trace command may already hold the ConfigMap).</summary>
    public static CloudExport<ImmutableArray<AwsAuthRoleMapping>> ParseMapRoles(string mapRoles, string name, string path = "data.mapRoles") =>
        ParseMapRoles(mapRoles, name, path, new ExportProblems(name));

    private static CloudExport<ImmutableArray<AwsAuthRoleMapping>> ParseMapRoles(string mapRoles, string name, string path, ExportProblems problems)
    {
        var root = Load(mapRoles, problems, ExpectedMapRoles, path);
        if (root is not YamlSequenceNode list)
        {
            if (root is not null)
            {
                problems.Fatal(path, "not a list", ExpectedMapRoles);
            }

            return new([], problems.ToImmutable(), false);
        }

        var mappings = ImmutableArray.CreateBuilder<AwsAuthRoleMapping>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (Scalar(list.Children[i], "rolearn") is not { Length: > 0 } arn)
            {
                problems.Error(at, "an entry without rolearn, ignored", "rolearn, username and groups");
                continue;
            }

            var groups = Child(list.Children[i], "groups") as YamlSequenceNode;
            mappings.Add(new AwsAuthRoleMapping
            {
                RoleArn = arn,
                Username = Scalar(list.Children[i], "username") ?? "",
                Groups = [.. (groups?.Children ?? []).OfType<YamlScalarNode>().Select(g => g.Value ?? "")],
            });
        }

        return new(mappings.ToImmutable(), problems.ToImmutable(), mappings.Count > 0);
    }

    private static YamlNode? Load(string text, ExportProblems problems, string expected, string path = "")
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? Fail(problems, path, "empty", expected) : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            return Fail(problems, path, $"not valid YAML at line {e.Start.Line}, column {e.Start.Column}", expected);
        }
    }

    private static YamlNode? Fail(ExportProblems problems, string path, string problem, string expected)
    {
        problems.Fatal(path, problem, expected);
        return null;
    }

    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlNode? node, string key) => Child(node, key) is YamlScalarNode scalar ? scalar.Value : null;
}
