namespace MetaFence.Core.Verify;

/// <summary>
/// One row of <c>verify</c>: a check in a namespace, what the probe saw (<see cref="Observation"/>,
/// with the probe's own <see cref="Outcome"/> word and <see cref="Detail"/>) beside what the engine
/// predicted and why.
/// </summary>
public sealed record CheckResult
{
    public required string Namespace { get; init; }

    public required VerifyCheck Check { get; init; }

    public required Observation Observation { get; init; }

    /// <summary>The probe's outcome word (reachable, blocked, timeout, refused, error), or <c>probe-failed</c>.</summary>
    public required string Outcome { get; init; }

    public string Detail { get; init; } = string.Empty;

    public required Prediction Predicted { get; init; }

    /// <summary>The rule or default that decided the prediction, e.g. <c>NetworkPolicy shop/metafence-deny-metadata egress rule 3</c>.</summary>
    public string PredictedBy { get; init; } = string.Empty;

    /// <summary>The answer the check should give: blocked for credential endpoints, reachable for DNS and egress.</summary>
    public Observation Wanted => Check.Purpose == CheckPurpose.CredentialEndpoint ? Observation.Blocked : Observation.Reachable;

    /// <summary>The probe and the engine disagree (a failed probe or an unknown prediction disagrees with nothing).</summary>
    public bool IsDisagreement => Observation != Observation.ProbeFailed && Predicted != Prediction.Unknown
        && (Observation == Observation.Reachable) != (Predicted == Prediction.Reachable);

    /// <summary>The check got the wanted answer.</summary>
    public bool IsAsWanted => Observation == Wanted;
}
