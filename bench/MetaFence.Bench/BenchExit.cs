namespace MetaFence.Bench;

/// <summary>
/// Exit codes of <c>./bench/run</c>. Missing the goal is not a failure: this is a measurement, not a test.
/// </summary>
internal enum BenchExit
{
    /// <summary>Measured; the figures are valid.</summary>
    Measured = 0,

    /// <summary>A measurement failed, timed out, or the loader's snapshot does not match the dump.</summary>
    Failed = 1,

    /// <summary>Bad options.</summary>
    Usage = 2,

    /// <summary>The loader (or auditor) threw NotImplementedException: only the floor was measured.</summary>
    NotImplemented = 3,
}
