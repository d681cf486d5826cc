namespace MetaFence.Core.Selectors;

/// <summary>Label selector operators (SEMANTICS rule 18).</summary>
public enum SelectorOperator
{
    In,
    NotIn,
    Exists,
    DoesNotExist,
}
