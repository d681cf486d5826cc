using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Dataplane;

/// <summary>A workload (or bare pod) seen running or templated, with its images: what detection looks at.</summary>
public sealed record RunningWorkload(string Kind, string Namespace, string Name, ImmutableArray<string> Images)
{
    /// <summary>One entry per owner (replicas share one), in snapshot order.</summary>
    public static ImmutableArray<RunningWorkload> Of(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var seen = new HashSet<(string, string, string)>();
        var workloads = ImmutableArray.CreateBuilder<RunningWorkload>();
        foreach (var pod in snapshot.Pods)
        {
            var (kind, name) = pod.Owner is { } owner ? (owner.Kind, owner.Name) : ("Pod", pod.Name);
            if (seen.Add((kind, pod.Namespace, name)))
            {
                workloads.Add(new RunningWorkload(kind, pod.Namespace, name, pod.Images));
            }
        }

        return workloads.ToImmutable();
    }

    /// <summary>The first image containing <paramref name="fragment"/>, or null.</summary>
    public string? Image(string fragment) => Images.FirstOrDefault(i => i.Contains(fragment, StringComparison.Ordinal));

    /// <summary><c>DaemonSet kube-system/aws-node, image …:v1.19.2</c>.</summary>
    public string Evidence(string? image = null) =>
        $"{Kind} {Namespace}/{Name}{((image ?? Images.FirstOrDefault()) is { } shown ? $", image {shown}" : string.Empty)}";
}
