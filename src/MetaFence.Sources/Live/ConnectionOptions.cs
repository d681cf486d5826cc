namespace MetaFence.Sources.Live;

/// <summary>
/// Which cluster to talk to: <c>--kubeconfig</c> and <c>--context</c> as the user gave them (null
/// when not given), and the process environment (<c>KUBECONFIG</c>, <c>HOME</c>, the in-cluster
/// service variables), replaceable in tests.
/// </summary>
public sealed record ConnectionOptions
{
    /// <summary>The kubeconfig file from <c>--kubeconfig</c>; when set, it alone is read (as kubectl does).</summary>
    public string? Kubeconfig { get; init; }

    /// <summary>The context from <c>--context</c>; null uses the kubeconfig's current-context.</summary>
    public string? Context { get; init; }

    /// <summary>Reads an environment variable (tests pass a dictionary lookup).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>How long one request may take before the cluster counts as unreachable.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
