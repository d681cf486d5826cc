using System.Collections.Immutable;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;

namespace MetaFence.Rendering.Explain;

/// <summary>
/// One answered <c>explain</c> question: what was asked about (<see cref="From"/>: a pod or a
/// workload), the pod or template that answered for it (<see cref="Subject"/>), the destination
/// and the engine's verdict, plus how the question was read (<see cref="InputNotes"/>: an
/// address normalised, a representative pod chosen).
/// </summary>
public sealed record ExplainAnswer
{
    /// <summary>What the user named: <c>Pod x/web</c>, or <c>Deployment x/web</c>.</summary>
    public required ObjectRef From { get; init; }

    /// <summary>The pod, or pod template, whose labels and settings were evaluated.</summary>
    public required PodInfo Subject { get; init; }

    public required Destination To { get; init; }

    public required Verdict Verdict { get; init; }

    /// <summary>The destination as typed, when it was normalised (<c>0xA9FEA9FE</c>); otherwise null.</summary>
    public string? AskedAs { get; init; }

    /// <summary>Sentences about how the question was read, shown after the evidence.</summary>
    public ImmutableArray<string> InputNotes { get; init; } = [];

    /// <summary><c>x/web</c>: the namespace and name that was asked about.</summary>
    public string FromText => $"{From.Namespace ?? Subject.Namespace}/{From.Name}";
}
