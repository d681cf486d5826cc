namespace MetaFence.Core.Dataplane;

/// <summary>
/// One plugin found running: what it is, whether it enforces egress NetworkPolicy, the
/// evidence (the DaemonSet and image that gave it away), and the documentation the
/// enforcement claim rests on (<see cref="Source"/>; <see cref="Verified"/> false marks a
/// fact reported by third parties that MetaFence could not confirm).
/// </summary>
public sealed record DetectedPlugin
{
    public required PluginKind Kind { get; init; }

    /// <summary>Display name: <c>AWS VPC CNI with the network policy agent v1.0.2</c>.</summary>
    public required string Name { get; init; }

    public required Enforcement Enforcement { get; init; }

    /// <summary><c>DaemonSet kube-system/aws-node, image …/amazon-k8s-cni:v1.15.0</c>.</summary>
    public required string Evidence { get; init; }

    /// <summary>Where the detection and the enforcement claim come from (a docs URL).</summary>
    public required string Source { get; init; }

    /// <summary>Why it does or does not enforce, in a sentence.</summary>
    public required string Explanation { get; init; }

    public bool Verified { get; init; } = true;

    /// <summary>Known deviations from the NetworkPolicy semantics this plugin has.</summary>
    public DataplaneQuirks Quirks { get; init; } = DataplaneQuirks.None;
}
