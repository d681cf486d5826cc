namespace MetaFence.Core.Cloud.Iam;

/// <summary>How a statement's actions or resources meet a question: not at all, wholly, or in part.</summary>
internal enum StatementMatch
{
    None,
    Full,
    Partial,
}
