namespace MetaFence.Cli.Verify;

/// <summary>The raw values of <c>verify</c>'s options, defaults filled in.</summary>
internal sealed record VerifyArguments
{
    public string? Kubeconfig { get; init; }

    public string? Context { get; init; }

    public IReadOnlyList<string> Namespaces { get; init; } = [];

    public IReadOnlyList<string> Exempt { get; init; } = [];

    public string? As { get; init; }

    public IReadOnlyList<string> Providers { get; init; } = [];

    public string DnsName { get; init; } = Imds.Probe.ProbeSettings.DefaultDnsName;

    public string EgressTarget { get; init; } = Imds.Probe.ProbeSettings.DefaultDnsName + ":443";

    public string Image { get; init; } = VerifyOptions.DefaultImage;

    public int TimeoutSeconds { get; init; } = 120;

    public int Parallel { get; init; } = 4;

    public string Format { get; init; } = "table";

    public string Output { get; init; } = "-";

    public string FailOn { get; init; } = Input.FailOn.Default;
}
