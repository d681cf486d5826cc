using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

/// <summary>The key under which subjects share verdicts (DESIGN: evaluate once per distinct subject).</summary>
public sealed partial class EgressEngine
{
    /// <summary>
    /// A key shared by subjects whose verdicts agree for every destination that none of them owns
    /// (see <see cref="Evaluation.VerdictKey"/>): the same applicable policies (in the same order),
    /// host-network setting and plugin enforcement, and the same namespace when some resource
    /// could not be read. Callers asking about a subject's own address must not share.
    /// </summary>
    public VerdictKey VerdictKey(PodInfo subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var applicable = Applicable(subject);
        var policies = ImmutableArray.CreateBuilder<object>(applicable.Admin.Length + applicable.NetworkPolicies.Length
            + applicable.Baseline.Length + applicable.Calico.Length + applicable.Cilium.Length + 4);
        // Separators keep policies of one list from passing for another's.
        policies.AddRange(applicable.Admin);
        policies.Add(AdminSeparator);
        policies.AddRange(applicable.NetworkPolicies);
        policies.Add(NetworkPolicySeparator);
        policies.AddRange(applicable.Baseline);
        policies.Add(BaselineSeparator);
        policies.AddRange(applicable.Calico);
        policies.Add(CalicoSeparator);
        policies.AddRange(applicable.Cilium);
        var unprotected = _protection.IsStandard ? null : _protection.Unprotected(subject);
        // The namespace matters only for what could not be read there (decision 0004): with
        // everything readable, subjects nothing selects share across namespaces too.
        return new VerdictKey(subject.HostNetwork, _unknown.IsEmpty ? string.Empty : subject.Namespace, unprotected, policies.ToImmutable());
    }

    private static readonly object AdminSeparator = new();
    private static readonly object NetworkPolicySeparator = new();
    private static readonly object BaselineSeparator = new();
    private static readonly object CalicoSeparator = new();
}
