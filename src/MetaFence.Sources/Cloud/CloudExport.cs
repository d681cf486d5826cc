using System.Collections.Immutable;
using MetaFence.Core.Findings;

namespace MetaFence.Sources.Cloud;

/// <summary>
/// What a cloud export reader returns: the Core value it could read plus every problem found,
/// as diagnostics (<c>&lt;file&gt;: document 1: &lt;json path&gt;: &lt;problem&gt;; expected &lt;what&gt;</c>).
/// Readers never throw on bad input; <see cref="IsUsable"/> tells the caller whether anything
/// usable remains (exit 2 when not).
/// </summary>
public sealed record CloudExport<T>(T Value, ImmutableArray<Diagnostic> Diagnostics, bool HasData)
{
    /// <summary>True when nothing fatal happened and something was read.</summary>
    public bool IsUsable => HasData && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Fatal);
}
