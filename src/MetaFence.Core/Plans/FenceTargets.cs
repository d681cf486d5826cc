using System.Collections.Immutable;

namespace MetaFence.Core.Plans;

/// <summary>
/// The namespaces to fence and those exempt (sorted). <see cref="IsExplicit"/> is true when
/// <c>--namespace</c> named them: cluster-wide styles then select exactly these, otherwise every
/// namespace but the exempt ones (namespaces created later included).
/// </summary>
public sealed record FenceTargets(ImmutableArray<string> Namespaces, ImmutableArray<string> Exempt, bool IsExplicit);
