using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Findings;

/// <summary>
/// A problem reading input, as a value. Message grammar, asserted verbatim in tests:
/// <c>&lt;file&gt;: document &lt;n&gt;: &lt;path&gt;: &lt;problem&gt;; expected &lt;what&gt;</c>.
/// </summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, SourceLocation Location, string Problem, string Expected)
{
    public override string ToString() => $"{Location}: {Problem}; expected {Expected}";
}
