using System.Collections.Concurrent;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Audit;

/// <summary>
/// Shares verdicts among subjects (DESIGN: evaluate once per distinct subject, not per pod): two
/// pods with the same <see cref="VerdictKey"/> get the same verdict for a destination neither owns
/// (rule 52 makes a pod's own address special). Safe to use from several threads.
/// </summary>
public sealed class VerdictSharing(EgressEngine engine)
{
    private readonly ConcurrentDictionary<PodInfo, VerdictKey> _keys = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(object Key, Destination Destination), Verdict> _verdicts = new();

    public EgressEngine Engine { get; } = engine;

    /// <summary>The subject's key, computed once per pod object.</summary>
    public VerdictKey KeyOf(PodInfo pod) => _keys.GetOrAdd(pod, Engine.VerdictKey);

    /// <summary>Whether <paramref name="pod"/> owns the address (its verdict for it is its own).</summary>
    public static bool Owns(PodInfo pod, Destination destination)
    {
        ArgumentNullException.ThrowIfNull(pod);
        var address = destination.Address.Normalized;
        foreach (var ip in pod.Ips)
        {
            if (ip.Normalized == address)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The verdict for one question, shared with every subject of the same key.</summary>
    public Verdict Evaluate(PodInfo pod, Destination destination)
    {
        ArgumentNullException.ThrowIfNull(pod);
        object key = Owns(pod, destination) ? pod : KeyOf(pod);
        return _verdicts.GetOrAdd((key, destination), static (k, s) => s.Engine.Evaluate(s.Pod, k.Destination), (Engine, Pod: pod));
    }
}
