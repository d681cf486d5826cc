using System.Collections.Immutable;
using MetaFence.Core.Findings;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Files;

/// <summary>The snapshot built from everything readable, plus what could not be read.</summary>
public sealed record LoadResult(ClusterSnapshot Snapshot, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when any document was lost (exit code 2).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Error);
}
