using k8s;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace MetaFence.Cli.Tests.Generate;

/// <summary>
/// Every generated object is one the API would take as written: core kinds deserialise into the
/// KubernetesClient models in strict mode (an unknown field throws); the CRD kinds, which have no
/// client model, use only the fields of network-policy-api's <c>apis/v1alpha1</c> and <c>apis/v1alpha2</c> types.
/// </summary>
public sealed class GeneratedModelTests : IDisposable
{
    private static readonly HashSet<string> SelectorFields = ["matchLabels.*", "matchExpressions[].key", "matchExpressions[].operator", "matchExpressions[].values[]"];

    private static readonly HashSet<string> CnpFields = Fields(
        ["apiVersion", "kind", "metadata.name", "metadata.labels.*", "spec.tier", "spec.priority", "spec.egress[].name", "spec.egress[].action",
         "spec.egress[].to[].networks[]", "spec.egress[].protocols[].tcp.destinationPort.number", "spec.egress[].protocols[].udp.destinationPort.number"]);

    private static readonly HashSet<string> AnpFields = Fields(
        ["apiVersion", "kind", "metadata.name", "metadata.labels.*", "spec.priority", "spec.egress[].name", "spec.egress[].action",
         "spec.egress[].to[].networks[]", "spec.egress[].ports[].portNumber.protocol", "spec.egress[].ports[].portNumber.port"]);

    private readonly GenerateCluster _cluster = new();

    [Theory]
    [InlineData("v1alpha2", "--allow", "shop/app=web")]
    [InlineData("v1alpha1", "--exempt-namespace", "none")]
    public void Should_use_only_known_fields_When_generating_every_style(string api, string option, string value)
    {
        // The v1alpha1 BaselineAdminNetworkPolicy is a singleton and cannot leave a workload out: no --allow there.
        using var streams = new TestStreams();

        var exit = streams.Run("generate", "-f", _cluster.File, "--style", "networkpolicy,two-policy,admin,baseline,pod-security",
            "--api", api, "--scope", "link-local", "--provider", "aws", option, value);

        Assert.True(exit == 0, streams.Error);
        CheckAll(streams.Output);
    }

    public void Dispose() => _cluster.Dispose();

    private static void CheckAll(string output)
    {
        var documents = output.Split("\n---\n");
        Assert.True(documents.Length >= 6, output);
        foreach (var document in documents)
        {
            var kind = document.Split('\n').Single(l => l.StartsWith("kind: ", StringComparison.Ordinal))["kind: ".Length..];
            switch (kind)
            {
                case "NetworkPolicy":
                    var policy = KubernetesYaml.Deserialize<V1NetworkPolicy>(document, strict: true);
                    Assert.Equal(["Egress"], policy.Spec.PolicyTypes);
                    break;
                case "Namespace":
                    Assert.NotEmpty(KubernetesYaml.Deserialize<V1Namespace>(document, strict: true).Metadata.Labels);
                    break;
                case "ClusterNetworkPolicy":
                    Assert.All(Paths(document), p => Assert.Contains(p, CnpFields));
                    break;
                case "AdminNetworkPolicy" or "BaselineAdminNetworkPolicy":
                    Assert.All(Paths(document), p => Assert.Contains(p, AnpFields));
                    break;
                default:
                    Assert.Fail($"unexpected kind {kind}");
                    break;
            }
        }
    }

    /// <summary>Subject selectors may be namespaces or pods.{namespaceSelector,podSelector}; both take the label selector fields.</summary>
    private static HashSet<string> Fields(string[] fields) =>
    [
        .. fields,
        .. SelectorFields.SelectMany(s => new[] { $"spec.subject.namespaces.{s}", $"spec.subject.pods.namespaceSelector.{s}", $"spec.subject.pods.podSelector.{s}" }),
    ];

    /// <summary>Every leaf path: lists as [], the keys of label maps as *.</summary>
    private static IEnumerable<string> Paths(string document)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(document));
        return Walk(yaml.Documents[0].RootNode, string.Empty);
    }

    private static IEnumerable<string> Walk(YamlNode node, string path) => node switch
    {
        YamlMappingNode map when map.Children.Count == 0 => [path],
        YamlMappingNode map => map.Children.SelectMany(c =>
            Walk(c.Value, path.EndsWith("matchLabels", StringComparison.Ordinal) || path.EndsWith("labels", StringComparison.Ordinal)
                ? $"{path}.*"
                : path.Length == 0 ? $"{((YamlScalarNode)c.Key).Value}" : $"{path}.{((YamlScalarNode)c.Key).Value}")),
        YamlSequenceNode list => list.Children.SelectMany(c => Walk(c, path + "[]")),
        _ => [path],
    };
}
