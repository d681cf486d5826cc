using System.Collections.Immutable;

namespace MetaFence.Core.Dataplane;

/// <summary>
/// What enforces policy in the cluster, as <see cref="DataplaneDetector"/> found it: the plugins,
/// the node-local identity proxies (SEMANTICS 28 choice), and the deviations the engine applies.
/// <see cref="Standard"/> (nothing detected) evaluates by the NetworkPolicy semantics alone.
/// </summary>
public sealed record DataplaneProfile
{
    public static readonly DataplaneProfile Standard = new();

    public ImmutableArray<DetectedPlugin> Plugins { get; init; } = [];

    /// <summary>Identity proxies by display name (<see cref="Evaluation.IdentityProxies"/>).</summary>
    public ImmutableArray<string> IdentityProxies { get; init; } = [];

    /// <summary>The quirks of every plugin that enforces something.</summary>
    public DataplaneQuirks Quirks => Plugins
        .Where(p => p.Enforcement is not Enforcement.DoesNotEnforce)
        .Aggregate(DataplaneQuirks.None, (all, p) => all.Merge(p.Quirks));

    /// <summary>
    /// The plugin that makes NetworkPolicy egress rules a dead letter: set when plugins were
    /// detected and none of them enforces egress. Every pod is then unprotected.
    /// </summary>
    public DetectedPlugin? NonEnforcing =>
        !Plugins.IsEmpty && Plugins.All(p => p.Enforcement is Enforcement.DoesNotEnforce or Enforcement.IngressOnly) ? Plugins[0] : null;

    /// <summary>Pods on Windows nodes are not protected: the note saying why and where it is documented, or null.</summary>
    public string? WindowsUnprotected { get; init; }

    /// <summary>Pods on EKS Fargate nodes are not protected: the note, or null.</summary>
    public string? FargateUnprotected { get; init; }
}
