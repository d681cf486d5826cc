using System.Globalization;
using MetaFence.Core.Verify;

namespace MetaFence.Rendering.Verify;

/// <summary>The counts every format ends with.</summary>
internal sealed record VerifySummary(int Namespaces, int Checks, int AsWanted, int ReachableCredentials, int Disagreements, int ProbeFailed, int Findings)
{
    public static VerifySummary From(VerifyReport report) => new(
        report.Pods.Length,
        report.Results.Length,
        report.Results.Count(r => r.IsAsWanted),
        report.Results.Count(r => r.Check.Purpose == CheckPurpose.CredentialEndpoint && r.Observation == Observation.Reachable),
        report.Results.Count(r => r.IsDisagreement),
        report.Results.Count(r => r.Observation == Observation.ProbeFailed),
        report.Findings.Length);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Namespaces} namespace(s), {Checks} checks: {AsWanted} as wanted, {ReachableCredentials} credential endpoint(s) reachable, "
        + $"{Disagreements} disagreement(s) with the engine, {ProbeFailed} probe failure(s); {Findings} finding(s).");
}
