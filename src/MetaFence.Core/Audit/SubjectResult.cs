using System.Collections.Immutable;

namespace MetaFence.Core.Audit;

/// <summary>A subject and its verdict for every chosen catalog endpoint.</summary>
public sealed record SubjectResult(AuditSubject Subject, ImmutableArray<EndpointVerdict> Endpoints);
