using System.Globalization;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Rules;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Verify;

/// <summary>
/// What the engine predicts for a probe pod's checks: the probe pod as a subject (its namespace and
/// labels) evaluated against each check's destination. DNS is predicted as UDP 53 to the first
/// kube-dns pod (or the stand-in, SEMANTICS 40); an egress target given by name is
/// <see cref="Prediction.Unknown"/>, since policies see the address a Service translates to, which
/// the snapshot does not hold.
/// </summary>
public sealed class VerifyPredictor(EgressEngine engine)
{
    public (Prediction Predicted, string By) Predict(string ns, string podName, IEnumerable<KeyValuePair<string, string>> labels, VerifyCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var subject = new PodInfo { Namespace = ns, Name = podName, Labels = LabelSet.Of(labels) };
        Destination destination;
        if (check.Purpose == CheckPurpose.Dns)
        {
            var dns = engine.Snapshot.Pods.FirstOrDefault(EgressWithoutDnsRule.IsDnsPod) ?? EgressWithoutDnsRule.StandInDnsPod;
            destination = new Destination(dns.Ips[0], 53, Protocol.UDP);
        }
        else if (IpAddress.TryParse(check.Address, out var address))
        {
            destination = new Destination(address, check.Port, Protocol.TCP);
        }
        else
        {
            return (Prediction.Unknown, $"{check.Address} is a name: the engine does not know the address it reaches");
        }

        var verdict = engine.Evaluate(subject, destination);
        return (verdict.Allowed ? Prediction.Reachable : Prediction.Blocked, By(verdict, destination));
    }

    private static string By(Verdict verdict, Destination destination)
    {
        var rules = verdict.DecidedBy.Select(r => r.Policy.Namespace is null
            ? $"{r.Policy.Kind} {r.Policy.Name}{Rule(r)}"
            : $"{r.Policy.Kind} {r.Policy.Namespace}/{r.Policy.Name}{Rule(r)}").ToList();
        return rules.Count == 0 ? $"{destination}: {verdict.Decision}" : $"{destination}: {verdict.Decision} by {string.Join(", ", rules)}";
    }

    private static string Rule(RuleRef rule) =>
        rule.Rule is int index ? string.Create(CultureInfo.InvariantCulture, $" egress rule {index}") : string.Empty;
}
