using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;
using MetaFence.Core.Tests.Evaluation;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>
/// Runs a question through an <see cref="Oracle"/>. Every semantic row is asked of both, so the
/// rows check the engine and, while it is being written, keep the reference evaluator honest.
/// </summary>
internal static class Oracles
{
    public static Func<PodInfo, Destination, Verdict> For(Oracle oracle, ClusterSnapshot snapshot) => oracle switch
    {
        Oracle.Engine => new EgressEngine(snapshot).Evaluate,
        Oracle.Reference => new ReferenceEvaluator(snapshot).Evaluate,
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    /// <summary>Each row once per oracle.</summary>
    public static TheoryData<EgressCase, Oracle> Both(IEnumerable<EgressCase> rows)
    {
        var data = new TheoryData<EgressCase, Oracle>();
        foreach (var row in rows)
        {
            data.Add(row, Oracle.Engine);
            data.Add(row, Oracle.Reference);
        }

        return data;
    }

    /// <summary>Both oracles, for facts that build their own world.</summary>
    public static TheoryData<Oracle> All => new() { Oracle.Engine, Oracle.Reference };
}
