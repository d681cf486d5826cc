using MetaFence.Core.Selectors;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>
/// One <c>--allow NS/SELECTOR</c>: pods of <see cref="Namespace"/> that <see cref="Selector"/>
/// matches keep their metadata access while the rest of the namespace is fenced.
/// <see cref="Text"/> is the value as given, for messages.
/// </summary>
public sealed record AllowedWorkload(string Namespace, LabelSelector Selector, string Text)
{
    public bool Matches(PodInfo pod)
    {
        ArgumentNullException.ThrowIfNull(pod);
        return pod.Namespace == Namespace && Selector.Matches(pod.Labels);
    }

    public override string ToString() => Text;
}
