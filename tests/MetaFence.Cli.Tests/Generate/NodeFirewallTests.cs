using k8s;
using k8s.Models;

namespace MetaFence.Cli.Tests.Generate;

/// <summary>
/// <c>--style node-firewall</c>: the DaemonSet and ConfigMap are objects the API takes as written
/// (strict KubernetesClient models), the pod runs with only what iptables needs, and bad options exit 2.
/// </summary>
public sealed class NodeFirewallTests : IDisposable
{
    private readonly GenerateCluster _cluster = new();

    [Fact]
    public void Should_deserialise_into_the_strict_models_with_only_net_admin_and_net_raw_When_generating_the_node_firewall()
    {
        var (configMap, daemonSet, _) = Generate("--pod-cidr", "10.244.0.0/16");

        var pod = daemonSet.Spec.Template.Spec;
        var security = Assert.Single(pod.Containers).SecurityContext;
        Assert.True(pod.HostNetwork);
        Assert.Equal("Exists", Assert.Single(pod.Tolerations).OperatorProperty);
        Assert.Equal(["ALL"], security.Capabilities.Drop);
        Assert.Equal(["NET_ADMIN", "NET_RAW"], security.Capabilities.Add);
        Assert.False(security.Privileged);
        Assert.False(security.AllowPrivilegeEscalation);
        Assert.Equal(0, security.RunAsUser);
        Assert.NotNull(pod.Containers[0].Resources.Limits);
        Assert.Equal("kube-system", daemonSet.Metadata.NamespaceProperty);
        Assert.Equal(configMap.Metadata.Name, pod.Volumes.Single(v => v.Name == "script").ConfigMap.Name);
        Assert.Contains("-A METAFENCE-FWD -s 10.244.0.0/16 -d 169.254.169.254/32 -j DROP", configMap.Data["metafence-firewall.sh"], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_note_the_guess_and_leave_out_the_critical_priority_When_no_pod_cidr_is_given_and_the_namespace_is_another()
    {
        var (configMap, daemonSet, error) = Generate("--firewall-namespace", "metafence-system");

        Assert.Contains("note: --style node-firewall: no --pod-cidr given, so the rules filter traffic from the guessed pod CIDRs 10.0.0.0/8, "
            + "100.64.0.0/10, 172.16.0.0/12, 192.168.0.0/16, fc00::/7", error, StringComparison.Ordinal);
        Assert.Contains("-A METAFENCE-FWD -s fc00::/7 -d fd00:ec2::254/128 -j DROP", configMap.Data["metafence-firewall.sh"], StringComparison.Ordinal);
        Assert.Null(daemonSet.Spec.Template.Spec.PriorityClassName);
        Assert.Equal("metafence-system", configMap.Metadata.NamespaceProperty);
    }

    [Theory]
    [InlineData(new[] { "--pod-cidr", "10.244.0.0" }, "error: --pod-cidr: \"10.244.0.0\" is not a CIDR; expected a network such as 10.244.0.0/16 or fd00:10:244::/56")]
    [InlineData(new[] { "--firewall-image", "alpine" }, "error: --firewall-image: \"alpine\" is not pinned; expected an image with an explicit tag other than latest, or a @sha256: digest")]
    [InlineData(new[] { "--firewall-image", "localhost:5000/alpine:latest" }, "error: --firewall-image: \"localhost:5000/alpine:latest\" is not pinned;")]
    [InlineData(new[] { "--firewall-namespace", "Kube_System" }, "error: --firewall-namespace: \"Kube_System\" is not a namespace name;")]
    public void Should_exit_2_with_a_clear_error_When_a_firewall_option_is_bad(string[] options, string expected)
    {
        using var streams = new TestStreams();

        var exit = streams.Run(["generate", "-f", _cluster.File, "--style", "node-firewall", .. options]);

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.StartsWith(expected, streams.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, streams.Output);
    }

    public void Dispose() => _cluster.Dispose();

    private (V1ConfigMap ConfigMap, V1DaemonSet DaemonSet, string Error) Generate(params string[] options)
    {
        using var streams = new TestStreams();
        var exit = streams.Run(["generate", "-f", _cluster.File, "--style", "node-firewall", .. options]);
        Assert.True(exit == 0, streams.Error);

        var documents = streams.Output.Split("\n---\n");
        Assert.Equal(2, documents.Length);
        return (KubernetesYaml.Deserialize<V1ConfigMap>(documents[0], strict: true),
            KubernetesYaml.Deserialize<V1DaemonSet>(documents[1], strict: true), streams.Error);
    }
}
