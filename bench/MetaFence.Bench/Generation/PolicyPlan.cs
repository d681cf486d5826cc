namespace MetaFence.Bench.Generation;

/// <summary>One NetworkPolicy; <see cref="App"/> and <see cref="PeerApp"/> name workloads of its namespace.</summary>
internal sealed record PolicyPlan(int Index, NamespacePlan Namespace, PolicyKind Kind, string Name, string App, string PeerApp);
