namespace MetaFence.Bench.Generation;

/// <summary>One namespace of the synthetic cluster; index 0 is kube-system.</summary>
internal sealed record NamespacePlan(int Index, string Name, string Team, string Stage)
{
    public bool IsSystem => Index == 0;
}
