namespace MetaFence.Imds.Probe;

/// <summary>A check that ended before an answer: the outcome and why, in the words of the JSON line.</summary>
internal sealed class ProbeFailure(ProbeOutcome outcome, string detail) : Exception(detail)
{
    public ProbeOutcome Outcome { get; } = outcome;

    public string Detail { get; } = detail;

    /// <summary>The same failure with its detail prefixed (<c>token: …</c>); a prefix ending in ; or : is followed by a space.</summary>
    public ProbeFailure Prefixed(string prefix) => new(Outcome, prefix.EndsWith(';') || prefix.EndsWith(':') ? $"{prefix} {Detail}" : $"{prefix}: {Detail}");
}
