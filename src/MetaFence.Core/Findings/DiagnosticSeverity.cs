namespace MetaFence.Core.Findings;

/// <summary>How bad a load problem is: fatal (nothing read), error (a document lost), warning.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
    Fatal,
}
