namespace MetaFence.Core.Audit;

/// <summary>A subject NetworkPolicy cannot protect, and why (host network, plugin, node; SEMANTICS 36, 39).</summary>
public sealed record UnprotectedSubject(AuditSubject Subject, string Reason);
