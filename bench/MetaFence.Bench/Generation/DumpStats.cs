namespace MetaFence.Bench.Generation;

/// <summary>What a dump holds, for the report.</summary>
internal sealed record DumpStats(long Bytes, int Namespaces, int Deployments, int Pods, int Policies, long PodBytes, TimeSpan Elapsed);
