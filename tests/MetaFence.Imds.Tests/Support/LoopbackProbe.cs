using System.Collections.Immutable;
using System.Net;
using MetaFence.Imds.Net;
using MetaFence.Imds.Probe;

namespace MetaFence.Imds.Tests.Support;

/// <summary>
/// Check lists aimed at loopback only: every endpoint is overridden to 127.0.0.1 and the plan is
/// restricted to 127.0.0.1 targets, so no check can reach a real metadata address (DESIGN "Safety
/// while developing"); the guard re-checks every address before anything runs.
/// </summary>
internal static class LoopbackProbe
{
    public static ImmutableArray<ProbeCheck> Checks(string provider, (string Endpoint, int Port)[] endpoints, HostPort? egress = null)
    {
        var settings = new ProbeSettings
        {
            Providers = [provider],
            Overrides = [.. endpoints.Select(e => new EndpointOverride(e.Endpoint, IPAddress.Loopback, e.Port))],
            Targets = [new HostPort("127.0.0.1", null)],
            DnsName = null,
            Egress = egress,
        };
        var checks = ProbePlan.Build(settings, out var problems);
        Assert.Empty(problems);
        Assert.All(checks, c => Assert.True(IPAddress.IsLoopback(IPAddress.Parse(c.Address)), $"{c} is not loopback"));
        return checks;
    }

    /// <summary>Arguments for <c>metafence probe</c> with the same guarantees.</summary>
    public static string[] Args(string provider, int port, params string[] more) =>
    [
        "probe", "--provider", provider, "--endpoint-override", $"{provider switch { "aws" => "aws-imds", "gcp" => "gcp-metadata", _ => "azure-imds" }}=127.0.0.1:{port}",
        "--target", "127.0.0.1", "--dns-name", "none", "--egress", "none", .. more,
    ];
}
