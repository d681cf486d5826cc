using System.Collections.Immutable;
using MetaFence.Core.Catalog;

namespace MetaFence.Core.Plans;

/// <summary>
/// One NetworkPolicy egress rule: destinations AND ports (rule 10); empty <see cref="Ports"/> means
/// every port (rule 30). <see cref="Comment"/> says what the rule is for.
/// </summary>
public sealed record EgressRulePlan(ImmutableArray<PeerPlan> To, ImmutableArray<ServicePort> Ports, string Comment);
