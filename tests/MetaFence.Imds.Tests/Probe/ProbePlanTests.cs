using System.Net;
using MetaFence.Imds.Net;
using MetaFence.Imds.Probe;

namespace MetaFence.Imds.Tests.Probe;

public sealed class ProbePlanTests
{
    private static readonly ProbeSettings NoDnsNoEgress = new() { DnsName = null, Egress = null };

    [Fact]
    public void Should_probe_both_aws_imds_addresses_and_the_ecs_endpoint_When_the_provider_is_aws()
    {
        var checks = ProbePlan.Build(NoDnsNoEgress with { Providers = ["aws"] }, out var problems);

        Assert.Empty(problems);
        Assert.Equal(
            [
                "tcp-connect aws-ecs-task 169.254.170.2:80",
                "tcp-connect aws-imds 169.254.169.254:80",
                "imdsv1-credentials aws-imds 169.254.169.254:80",
                "imdsv2-credentials aws-imds 169.254.169.254:80",
                "tcp-connect aws-imds fd00:ec2::254:80",
                "imdsv1-credentials aws-imds fd00:ec2::254:80",
                "imdsv2-credentials aws-imds fd00:ec2::254:80",
            ],
            checks.Select(Text));
    }

    [Fact]
    public void Should_connect_once_per_address_and_port_When_endpoints_share_one()
    {
        var checks = ProbePlan.Build(NoDnsNoEgress with { Providers = ["aws", "azure", "gcp"] }, out _);

        var shared = Assert.Single(checks, c => c.Kind == CheckKind.TcpConnect && c.Address == "169.254.169.254" && c.Port == 80);
        Assert.Equal("aws-imds,azure-imds,gcp-metadata", shared.Endpoint);
        Assert.Contains(checks, c => c.Kind == CheckKind.ServiceAccountToken && c.Port == 80);
        Assert.DoesNotContain(checks, c => c.Kind == CheckKind.ServiceAccountToken && c.Port == 8080);
    }

    [Fact]
    public void Should_stay_on_link_local_and_unique_local_addresses_When_every_provider_is_probed()
    {
        // --provider all must not send a packet to the internet: WireServer, Alibaba and Equinix
        // metadata addresses are routable, so only a named provider adds them.
        var all = ProbePlan.Build(NoDnsNoEgress, out _);
        var azure = ProbePlan.Build(NoDnsNoEgress with { Providers = ["azure"] }, out _);

        Assert.All(all, c => Assert.True(
            c.Address.StartsWith("169.254.", StringComparison.Ordinal) || c.Address.StartsWith("fd", StringComparison.Ordinal)
            || c.Address.StartsWith("fe80:", StringComparison.Ordinal), Text(c)));
        Assert.Contains(azure, c => c.Address == "168.63.129.16");
    }

    [Fact]
    public void Should_probe_the_override_instead_When_an_endpoint_is_overridden()
    {
        var settings = NoDnsNoEgress with
        {
            Providers = ["aws"],
            Overrides = [new("aws-imds", IPAddress.Loopback, 18080)],
            Targets = [new HostPort("127.0.0.1", null)],
        };

        var checks = ProbePlan.Build(settings, out var problems);

        Assert.Empty(problems);
        Assert.Equal(
            ["tcp-connect aws-imds 127.0.0.1:18080", "imdsv1-credentials aws-imds 127.0.0.1:18080", "imdsv2-credentials aws-imds 127.0.0.1:18080"],
            checks.Select(Text));
    }

    [Fact]
    public void Should_report_each_problem_When_an_override_or_target_matches_nothing()
    {
        var settings = NoDnsNoEgress with
        {
            Providers = ["gcp"],
            Overrides = [new("aws-imds", IPAddress.Loopback, 18080)],
            Targets = [new HostPort("10.0.0.1", 80)],
        };

        var checks = ProbePlan.Build(settings, out var problems);

        Assert.Empty(checks);
        Assert.Equal(
            "--endpoint-override aws-imds: not a credential endpoint of the chosen providers; expected one of gcp-metadata\n"
            + "--target 10.0.0.1:80: none of the chosen endpoints listens there",
            string.Join("\n", problems));
    }

    [Fact]
    public void Should_end_with_dns_and_egress_When_they_are_asked_for()
    {
        var checks = ProbePlan.Build(new ProbeSettings { Providers = ["aws"], Targets = [new HostPort("169.254.170.2", null)] }, out _);

        Assert.Equal(
            ["tcp-connect aws-ecs-task 169.254.170.2:80", "dns dns kubernetes.default.svc.cluster.local:53", "egress egress kubernetes.default.svc.cluster.local:443"],
            checks.Select(Text));
    }

    private static string Text(ProbeCheck check) => $"{check.Name} {check.Endpoint} {check.Address}:{check.Port}";
}
