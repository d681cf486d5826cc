namespace MetaFence.Bench.Generation;

/// <summary>What one replica does not share with its siblings: name, identity, address, node, times.</summary>
internal sealed record PodInstance(
    string Name,
    string Uid,
    string Ip,
    string NodeName,
    string NodeIp,
    string ApiAccessVolume,
    int StartedSecond,
    string ResourceVersion,
    IReadOnlyList<string> ContainerIds,
    IReadOnlyList<int> Restarts);
