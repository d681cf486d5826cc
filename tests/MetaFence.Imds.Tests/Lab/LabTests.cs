using System.Text.Json;
using MetaFence.Imds.Lab;
using static MetaFence.Imds.Lab.LabAddresses;

namespace MetaFence.Imds.Tests.Lab;

/// <summary>
/// Layer 2 (the cloud setting) proven on a real Linux network stack: the emulator in the imds
/// namespace, the probe in the pod and node namespaces. Each test builds its own lab.
/// </summary>
public sealed class LabTests
{
    private const string Credentials = "credentials: HTTP 200: role metafence-fake-node-role, AccessKeyId ASIAMETAFENCEFAKE000";

    [Fact]
    public void Should_read_the_fake_role_credentials_from_the_pod_over_ipv4_and_ipv6_When_nothing_protects_the_service()
    {
        using var lab = TestLab.Create();
        using var emulator = lab.StartEmulator("--imdsv2", "optional", "--hop-limit", "2");

        var probe = lab.Probe(lab.Pod);
        var script = lab.ProbeWithScript(lab.Pod);

        foreach (var seen in new[] { probe, script })
        {
            foreach (var address in new[] { MetadataV4, MetadataV6 })
            {
                Expect(seen, "imdsv1-credentials", address, "reachable", Credentials, emulator);
                Expect(seen, "imdsv2-credentials", address, "reachable", "token: HTTP 200; " + Credentials, emulator);
            }
        }
    }

    [Fact]
    public void Should_starve_the_pod_of_a_token_but_serve_the_node_When_imdsv2_is_required_with_hop_limit_1()
    {
        using var lab = TestLab.Create();
        using var emulator = lab.StartEmulator("--imdsv2", "required", "--hop-limit", "1");

        var pod = lab.Probe(lab.Pod);
        var node = lab.Probe(lab.Node);

        foreach (var address in new[] { MetadataV4, MetadataV6 })
        {
            // The pod is one router further: the token reply's TTL runs out at the node.
            Expect(pod, "tcp-connect", address, "reachable", "connected", emulator);
            Expect(pod, "imdsv1-credentials", address, "reachable", "credentials: HTTP 401", emulator);
            Expect(pod, "imdsv2-credentials", address, "timeout", "token: connected, no answer within 2s", emulator);
            Expect(node, "imdsv2-credentials", address, "reachable", "token: HTTP 200; " + Credentials, emulator);
        }

        Assert.Contains($"{PodV4}:", emulator.Log, StringComparison.Ordinal);
        Assert.Contains("PUT /latest/api/token -> 200 (54 bytes, IP TTL 1)", emulator.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_give_the_pod_a_token_When_the_hop_limit_is_2()
    {
        using var lab = TestLab.Create();
        using var emulator = lab.StartEmulator("--imdsv2", "required", "--hop-limit", "2");

        var pod = lab.Probe(lab.Pod);

        foreach (var address in new[] { MetadataV4, MetadataV6 })
        {
            Expect(pod, "imdsv1-credentials", address, "reachable", "credentials: HTTP 401", emulator);
            Expect(pod, "imdsv2-credentials", address, "reachable", "token: HTTP 200; " + Credentials, emulator);
        }
    }

    [Fact]
    public void Should_leave_no_namespace_behind_When_the_lab_is_disposed()
    {
        string[] names;
        using (var lab = TestLab.Create())
        {
            names = [.. lab.Namespaces];
            lab.StartEmulator();
        }

        var left = NetworkLab.Ip("netns", "list");
        Assert.All(names, name => Assert.DoesNotContain(name, left, StringComparison.Ordinal));
    }

    private static void Expect(
        IReadOnlyList<JsonElement> seen, string check, string address, string outcome, string detail, EmulatorProcess emulator)
    {
        var line = seen.FirstOrDefault(l => l.GetProperty("check").GetString() == check && l.GetProperty("address").GetString() == address);
        var actual = line.ValueKind == JsonValueKind.Undefined ? "(no such line)" : $"{line.GetProperty("outcome")} {line.GetProperty("detail")}";
        Assert.True(
            actual == $"{outcome} {detail}",
            $"{check} to {address}:\nexpected: {outcome} {detail}\nactual:   {actual}\n\nall lines:\n"
            + string.Join("\n", seen.Select(l => l.GetRawText())) + $"\n\nemulator log:\n{emulator.Log}");
    }
}
