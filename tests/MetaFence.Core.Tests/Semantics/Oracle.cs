namespace MetaFence.Core.Tests.Semantics;

/// <summary>Who answers a semantic row: the engine under test, or the naive reference evaluator.</summary>
public enum Oracle
{
    Engine,
    Reference,
}
