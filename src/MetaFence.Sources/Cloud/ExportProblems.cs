using System.Collections.Immutable;
using MetaFence.Core.Findings;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Cloud;

/// <summary>Collects a reader's diagnostics for one file (always document 1: an export is one JSON value).</summary>
internal sealed class ExportProblems(string file)
{
    private readonly List<Diagnostic> diagnostics = [];

    public string File { get; } = file;

    public bool HasFatal => diagnostics.Any(d => d.Severity == DiagnosticSeverity.Fatal);

    public SourceLocation At(string path, int? line = null) => new(File, 1, path, line);

    public void Warning(string path, string problem, string expected) => Add(DiagnosticSeverity.Warning, path, problem, expected);

    public void Error(string path, string problem, string expected) => Add(DiagnosticSeverity.Error, path, problem, expected);

    public void Fatal(string path, string problem, string expected, int? line = null) =>
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Fatal, At(path, line), problem, expected));

    public ImmutableArray<Diagnostic> ToImmutable() => [.. diagnostics];

    private void Add(DiagnosticSeverity severity, string path, string problem, string expected) =>
        diagnostics.Add(new Diagnostic(severity, At(path), problem, expected));
}
