namespace MetaFence.Core.Plans;

/// <summary>
/// Why a request cannot be planned, in the project's message grammar: <c>&lt;option&gt;: &lt;problem&gt;;
/// expected &lt;what&gt;</c> (STYLE §5). The CLI prints it and exits 2.
/// </summary>
public sealed record PlanProblem(string Option, string Problem, string Expected)
{
    public override string ToString() => $"{Option}: {Problem}; expected {Expected}";
}
