using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
    private readonly ConcurrentDictionary<(object Key, Destination Destination), Verdict> _verdicts = new(KeyComparer.Instance);

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
        return _verdicts.GetOrAdd((SharingKey(pod, destination), destination), static (k, s) => s.Engine.Evaluate(s.Pod, k.Destination), (Engine, Pod: pod));
    }

    /// <summary>
    /// The key a subject shares a verdict under: its <see cref="VerdictKey"/>, or the pod itself
    /// when it owns the destination. Pods compare by reference (the snapshot's own objects), not
    /// by record value, which would hash every field of the pod.
    /// </summary>
    public object SharingKey(PodInfo pod, Destination destination) => Owns(pod, destination) ? pod : KeyOf(pod);

    /// <summary>Compares sharing keys: a pod by reference, a <see cref="VerdictKey"/> by value.</summary>
    public sealed class KeyComparer : IEqualityComparer<object>, IEqualityComparer<(object Key, Destination Destination)>
    {
        public static readonly KeyComparer Instance = new();

        public new bool Equals(object? x, object? y) =>
            x is PodInfo || y is PodInfo ? ReferenceEquals(x, y) : object.Equals(x, y);

        public int GetHashCode(object obj) =>
            obj is PodInfo ? RuntimeHelpers.GetHashCode(obj) : obj.GetHashCode();

        public bool Equals((object Key, Destination Destination) x, (object Key, Destination Destination) y) =>
            Equals(x.Key, y.Key) && x.Destination.Equals(y.Destination);

        public int GetHashCode((object Key, Destination Destination) obj) =>
            HashCode.Combine(GetHashCode(obj.Key), obj.Destination);
    }
}
