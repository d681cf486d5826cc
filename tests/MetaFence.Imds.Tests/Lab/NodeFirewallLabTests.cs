using System.Text.Json;
using k8s;
using k8s.Models;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Imds.Lab;
using MetaFence.Sources.Files;
using static MetaFence.Imds.Lab.LabAddresses;

namespace MetaFence.Imds.Tests.Lab;

/// <summary>
/// Layer 3 (issue 4 point 3): the script of <c>generate --style node-firewall</c>, run in the node
/// namespace with the lab's pod CIDRs, on a real Linux network stack. The pod is blocked over IPv4
/// and IPv6, the node itself (the hostNetwork case) is not, ordinary forwarded traffic to the host
/// namespace still flows, a second install changes nothing and uninstall removes every rule.
/// </summary>
public sealed class NodeFirewallLabTests
{
    private const string LabNamespace = "lab";

    [Fact]
    public void Should_block_the_pod_but_not_the_node_or_ordinary_egress_When_the_generated_node_firewall_is_installed()
    {
        // Given: the lab, the emulator answering anyone (v1 allowed, hop limit 2), a plain HTTP server on the host.
        using var lab = TestLab.Create();
        using var emulator = lab.StartEmulator("--imdsv2", "optional", "--hop-limit", "2");
        using var host = lab.StartHostServer();
        var script = GeneratedScript();
        var before = Rules(lab);
        var unprotected = lab.Probe(lab.Pod);

        // When: the script is installed in the node namespace, twice.
        Run(lab, script, "install");
        var installed = Rules(lab);
        Run(lab, script, "install");
        var pod = lab.Probe(lab.Pod);
        var node = lab.Probe(lab.Node);
        // The host server stands in for any ordinary destination: the probe's aws-imds checks pointed at it.
        var ordinary = new[] { HostV4, HostV6 }.SelectMany(a => lab.Probe(lab.Pod, "--endpoint-override",
            a.Contains(':', StringComparison.Ordinal) ? $"aws-imds=[{a}]:80" : $"aws-imds={a}:80", "--target", a)).ToList();

        // Then
        foreach (var address in new[] { MetadataV4, MetadataV6 })
        {
            Assert.Equal("reachable", Outcome(unprotected, "imdsv1-credentials", address));
            Assert.Equal("timeout", Outcome(pod, "tcp-connect", address));
            Assert.Equal("reachable", Outcome(node, "imdsv1-credentials", address));
        }

        foreach (var address in new[] { HostV4, HostV6 })
        {
            Assert.Equal("reachable", Outcome(ordinary, "imdsv1-credentials", address));
        }

        Assert.Contains("-A FORWARD -j METAFENCE-FWD", installed, StringComparison.Ordinal);
        Assert.Equal(installed, Rules(lab));

        Run(lab, script, "uninstall");
        Assert.Equal(before, Rules(lab));
        Assert.Equal("reachable", Outcome(lab.Probe(lab.Pod), "imdsv1-credentials", MetadataV4));
    }

    /// <summary>
    /// The engine's prediction agrees with the probe. The lab has no CNI, so a NetworkPolicy cannot
    /// be enforced in it; the pairing is: the engine's verdict for the unfenced pod with the probe of
    /// the unprotected lab, and the engine's verdict for the pod under generate's NetworkPolicy fence
    /// with the probe behind the generated node firewall. Both fences are planned from the same
    /// BlockList (the credential addresses, with the same carve-outs), so "blocked" must mean the same
    /// for both at 169.254.169.254:80; a planner change that drifts one from the other fails here.
    /// </summary>
    [Fact]
    public void Should_predict_what_the_probe_sees_When_the_pod_is_unprotected_and_when_it_is_fenced()
    {
        using var lab = TestLab.Create();
        using var emulator = lab.StartEmulator("--imdsv2", "optional", "--hop-limit", "2");
        var destination = new Destination(IpAddress.TryParse(MetadataV4, out var metadata) ? metadata : default, 80, Protocol.TCP);

        var unprotectedProbe = Outcome(lab.Probe(lab.Pod), "imdsv1-credentials", MetadataV4) == "reachable";
        Run(lab, GeneratedScript(), "install");
        var fencedProbe = Outcome(lab.Probe(lab.Pod), "imdsv1-credentials", MetadataV4) == "reachable";

        Assert.True(unprotectedProbe);
        Assert.Equal(unprotectedProbe, Predict(string.Empty, destination));
        Assert.Equal(fencedProbe, Predict(Generate("--style", "networkpolicy", "--namespace", LabNamespace), destination));
    }

    private static bool Predict(string fence, Destination destination)
    {
        var pod = $"""
            apiVersion: v1
            kind: Pod
            metadata:
              name: pod
              namespace: {LabNamespace}
              labels:
                app: lab
            spec:
              containers:
              - name: pod
                image: lab
            status:
              phase: Running
              podIP: {PodV4}
              podIPs:
              - ip: {PodV4}
              - ip: "{PodV6}"
            """;
        var load = ManifestLoader.LoadText("lab", fence.Length == 0 ? pod : fence + "---\n" + pod, new LoadOptions());
        Assert.Empty(load.Diagnostics);
        var engine = new EgressEngine(load.Snapshot);
        return engine.Evaluate(load.Snapshot.Pods.Single(p => p.Name == "pod"), destination).Allowed;
    }

    private static string GeneratedScript()
    {
        var output = Generate("--style", "node-firewall", "--provider", "aws", "--pod-cidr", $"{PodNetV4},{PodNetV6}");
        var configMap = KubernetesYaml.Deserialize<V1ConfigMap>(output.Split("\n---\n")[0], strict: true);
        return configMap.Data["metafence-firewall.sh"];
    }

    private static string Generate(params string[] arguments)
    {
        var result = LabShell.Run(TestLab.Metafence[0], [.. TestLab.Metafence[1..], "generate", "--provider", "aws", .. arguments]);
        return result.ExitCode == 0 ? result.Output : throw new LabException($"generate failed: {result}");
    }

    private static void Run(NetworkLab lab, string script, string mode)
    {
        var result = NetworkLab.Exec(lab.Node, ["sh", "-s", mode], script);
        Assert.True(result.ExitCode == 0, $"the script's {mode} failed: {result}");
    }

    /// <summary>The node's filter rules of both families, without counters.</summary>
    private static string Rules(NetworkLab lab) =>
        NetworkLab.Exec(lab.Node, ["iptables", "-w", "-S"]).Output + NetworkLab.Exec(lab.Node, ["ip6tables", "-w", "-S"]).Output;

    private static string Outcome(IReadOnlyList<JsonElement> seen, string check, string address)
    {
        var line = seen.FirstOrDefault(l => l.GetProperty("check").GetString() == check && l.GetProperty("address").GetString() == address);
        return line.ValueKind == JsonValueKind.Undefined
            ? $"(no {check} line for {address} in:\n{string.Join("\n", seen.Select(l => l.GetRawText()))})"
            : line.GetProperty("outcome").GetString() ?? "(null)";
    }
}
