using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

/// <summary>
/// Answers "may this pod send to this destination, and which rules decided?" for one snapshot,
/// following SEMANTICS sections A–J. Pure: no I/O. Policies are indexed once at construction.
/// </summary>
public sealed partial class EgressEngine
{
    public EgressEngine(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
    }

    public ClusterSnapshot Snapshot { get; }

    /// <summary>The verdict for <paramref name="subject"/> sending to <paramref name="destination"/>.</summary>
    public Verdict Evaluate(PodInfo subject, Destination destination) => throw new NotImplementedException();

    /// <summary>The pod that owns <paramref name="address"/>, if the snapshot has one (rule 27).</summary>
    public PodInfo? FindPod(IpAddress address) => throw new NotImplementedException();

    /// <summary>Rule 6: some NetworkPolicy selects the pod and applies to egress.</summary>
    public bool IsIsolatedForEgress(PodInfo subject) => throw new NotImplementedException();
}
