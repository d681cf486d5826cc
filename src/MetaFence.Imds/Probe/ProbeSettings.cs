using System.Collections.Immutable;
using MetaFence.Imds.Net;

namespace MetaFence.Imds.Probe;

/// <summary>What <c>metafence probe</c> was asked to check; <see cref="ProbePlan"/> turns it into checks.</summary>
public sealed record ProbeSettings
{
    public const string DefaultDnsName = "kubernetes.default.svc.cluster.local";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Provider names (lower case); empty means all, which skips addresses outside link-local and fc00::/7.</summary>
    public ImmutableArray<string> Providers { get; init; } = [];

    public ImmutableArray<EndpointOverride> Overrides { get; init; } = [];

    /// <summary>When not empty, only destinations matching one of these are probed.</summary>
    public ImmutableArray<HostPort> Targets { get; init; } = [];

    /// <summary>The name the DNS check resolves; null skips it.</summary>
    public string? DnsName { get; init; } = DefaultDnsName;

    /// <summary>The ordinary destination the egress check connects to; null skips it.</summary>
    public HostPort? Egress { get; init; } = new HostPort(DefaultDnsName, 443);

    /// <summary>The limit for each connect, request and lookup.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;
}
