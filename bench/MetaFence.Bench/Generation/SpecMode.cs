namespace MetaFence.Bench.Generation;

/// <summary>
/// Which rendering of a pod spec: as its author applied it (the last-applied annotation), as the
/// API server returns a workload's template (defaults filled in), or as a scheduled pod.
/// </summary>
internal enum SpecMode
{
    Applied,
    Template,
    Pod,
}
