using System.Collections.Immutable;
using MetaFence.Core.Findings;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Files;

/// <summary>The diagnostics of one load, in the order they were found (held back while <paramref name="journal"/> records).</summary>
internal sealed class DiagnosticList(LoadJournal journal)
{
    private readonly List<Diagnostic> _items = [];

    public DiagnosticList()
        : this(new LoadJournal())
    {
    }

    public int Count => _items.Count;

    public void Fatal(SourceLocation location, string problem, string expected) =>
        Add(new Diagnostic(DiagnosticSeverity.Fatal, location, problem, expected));

    public void Error(SourceLocation location, string problem, string expected) =>
        Add(new Diagnostic(DiagnosticSeverity.Error, location, problem, expected));

    public void Warning(SourceLocation location, string problem, string expected) =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, location, problem, expected));

    public void Add(Diagnostic diagnostic) => journal.Run(() => _items.Add(diagnostic));

    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];
}
