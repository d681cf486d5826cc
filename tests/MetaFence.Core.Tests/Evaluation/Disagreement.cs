using System.Globalization;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Evaluation;

/// <summary>
/// One question on which the engine and the reference evaluator differ. <see cref="Kind"/> groups
/// disagreements of the same nature (e.g. <c>Decision AdminDeny != AdminAccept</c>).
/// </summary>
internal sealed record Disagreement(string Kind, ClusterSnapshot Snapshot, PodInfo Subject, Destination Destination, string Detail)
{
    /// <summary>
    /// Compares the two evaluators on one question: Allowed and Decision always; the deciding
    /// rule where the reference names exactly one (admin and baseline tiers); that NetworkPolicy
    /// verdicts name only rules (allow) or policies (deny) the reference names; that a default
    /// allow names no rule; and FindPod / IsIsolatedForEgress (not for host-network pods). Null
    /// when they agree.
    /// </summary>
    public static Disagreement? Between(EgressEngine engine, ReferenceEvaluator reference, PodInfo subject, Destination destination)
    {
        var snapshot = reference.Snapshot;
        var expected = reference.Evaluate(subject, destination);
        Verdict actual;
        try
        {
            actual = engine.Evaluate(subject, destination);
        }
        catch (Exception e) when (e is not NotImplementedException)
        {
            return new("engine threw " + e.GetType().Name, snapshot, subject, destination, e.ToString());
        }

        if (actual.Allowed != expected.Allowed || actual.Decision != expected.Decision)
        {
            return new($"{Describe(expected)} expected, engine {Describe(actual)}", snapshot, subject, destination, Both(expected, actual));
        }

        if (expected.Decision is Decision.AdminAccept or Decision.AdminDeny or Decision.BaselineAccept or Decision.BaselineDeny)
        {
            var rule = expected.DecidedBy[0];
            if (!actual.DecidedBy.Any(r => r.Policy == rule.Policy && r.Rule == rule.Rule))
            {
                return new($"{expected.Decision} by another rule", snapshot, subject, destination, Both(expected, actual));
            }
        }

        // Rules 7, 8: an allow names allowing rules, a deny the isolating policies; the engine may name fewer.
        if (expected.Decision is Decision.NetworkPolicyAllow or Decision.NetworkPolicyDeny
            && (actual.DecidedBy.IsEmpty || !actual.DecidedBy.All(r => expected.DecidedBy.Any(e => e.Policy == r.Policy && e.Rule == r.Rule))))
        {
            return new($"{expected.Decision} naming other rules", snapshot, subject, destination, Both(expected, actual));
        }

        if (expected.Decision == Decision.DefaultAllow && !actual.DecidedBy.IsEmpty)
        {
            return new("DefaultAllow naming rules", snapshot, subject, destination, Both(expected, actual));
        }

        return Lookups(engine, reference, subject, destination);
    }

    private static Disagreement? Lookups(EgressEngine engine, ReferenceEvaluator reference, PodInfo subject, Destination destination)
    {
        var expectedPod = reference.FindPod(destination.Address);
        var actualPod = engine.FindPod(destination.Address);
        if (!ReferenceEquals(expectedPod, actualPod))
        {
            return new("FindPod", reference.Snapshot, subject, destination, $"expected {expectedPod?.ToString() ?? "none"}, engine {actualPod?.ToString() ?? "none"}");
        }

        // Rule 36: for a host-network pod "isolated" has no meaning (no layer protects it); the
        // engine may answer either way, so only other pods are compared.
        var expectedIsolated = reference.IsIsolatedForEgress(subject);
        if (!subject.HostNetwork && expectedIsolated != engine.IsIsolatedForEgress(subject))
        {
            return new("IsIsolatedForEgress", reference.Snapshot, subject, destination, $"expected {expectedIsolated}");
        }

        return null;
    }

    private static string Describe(Verdict verdict) => $"{(verdict.Allowed ? "allowed" : "denied")}/{verdict.Decision}";

    private static string Both(Verdict expected, Verdict actual) =>
        $"reference: {Describe(expected)} by {Rules(expected)}\nengine:    {Describe(actual)} by {Rules(actual)}";

    private static string Rules(Verdict verdict) =>
        "[" + string.Join("; ", verdict.DecidedBy.Select(r => r.Rule is null
            ? r.Policy.ToString()
            : string.Create(CultureInfo.InvariantCulture, $"{r.Policy} rule {r.Rule}"))) + "]";
}
