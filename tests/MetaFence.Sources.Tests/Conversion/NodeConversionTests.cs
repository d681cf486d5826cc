using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Conversion;

public class NodeConversionTests
{
    [Fact]
    public void Should_read_labels_addresses_and_provider_When_a_node_is_read()
    {
        var result = Yaml.Read("""
            apiVersion: v1
            kind: Node
            metadata: {name: node-a, labels: {topology.kubernetes.io/zone: eu-1a}}
            spec: {providerID: "aws:///eu-west-1a/i-0abc"}
            status:
              addresses:
              - {type: InternalIP, address: 10.0.1.7}
              - {type: InternalIP, address: "fd00::7"}
              - {type: Hostname, address: ip-10-0-1-7.internal}
              - {type: ExternalIP, address: 54.1.2}
            """);

        var node = Assert.Single(result.Snapshot.Nodes);
        Assert.Equal("node-a", node.Name);
        Assert.Equal("topology.kubernetes.io/zone=eu-1a", node.Labels.ToString());
        Assert.Equal(["10.0.1.7", "fd00::7"], node.Addresses.Select(a => a.ToString()));
        Assert.Equal("aws:///eu-west-1a/i-0abc", node.ProviderId);
        Assert.Equal(
            "test.yaml: document 1: status.addresses[3].address: \"54.1.2\" is not an IP address; expected an IPv4 or IPv6 address; the address is ignored",
            Assert.Single(result.Diagnostics).ToString());
        Assert.Empty(result.Snapshot.Namespaces);
    }

    [Theory]
    [InlineData("{kubernetes.io/os: windows}", "linux", "windows")]
    [InlineData("{}", "windows", "windows")]
    [InlineData("{}", null, null)]
    public void Should_take_the_os_label_else_the_kubelet_report_When_a_node_is_read(string labels, string? reported, string? expected)
    {
        var nodeInfo = reported is null ? "" : $"  nodeInfo: {{operatingSystem: {reported}, kubeletVersion: v1.31.4-eks-aeac579}}\n";
        var node = Assert.Single(Yaml.Load($"apiVersion: v1\nkind: Node\nmetadata: {{name: node-a, labels: {labels}}}\nstatus:\n{nodeInfo}").Nodes);

        Assert.Equal(expected, node.OperatingSystem);
        Assert.Equal(reported is null ? null : "v1.31.4-eks-aeac579", node.KubeletVersion);
    }
}
