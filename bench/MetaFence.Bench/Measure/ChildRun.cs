namespace MetaFence.Bench.Measure;

/// <summary>How a measuring child ended: its exit code and figures, or that it ran out of time.</summary>
internal sealed record ChildRun(int ExitCode, ChildResult Result, bool TimedOut)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;
}
