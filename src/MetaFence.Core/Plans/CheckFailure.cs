using MetaFence.Core.Evaluation;
using MetaFence.Core.Rules;

namespace MetaFence.Core.Plans;

/// <summary>
/// One thing the generated objects get wrong for one subject: a credential endpoint it can
/// still reach, or something it could reach before and no longer can. <see cref="Verdict"/>
/// carries the rules that decided.
/// </summary>
public sealed record CheckFailure(string Style, CheckSubject Subject, CheckDestination Destination, Verdict Verdict)
{
    public override string ToString()
    {
        var reach = Destination.IsCredential && Subject.Allow is null
            ? $"can still reach {Destination.What} at {Destination.Destination}"
            : $"can no longer reach {Destination.What} at {Destination.Destination}{(Subject.Allow is null ? string.Empty : $" (kept by --allow {Subject.Allow.Text})")}";
        var passed = Verdict.Trail.IsEmpty ? string.Empty
            : $" (after {string.Join(", ", Verdict.Trail.Select(Explain.Rule))}, which skips the rest of its tier: a --priority below it puts the fence first)";
        return $"{Style}: {Subject} {reach}; decided by: {Explain.Summary(Verdict)}{passed}";
    }
}
