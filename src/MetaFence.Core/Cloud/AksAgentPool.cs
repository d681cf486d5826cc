namespace MetaFence.Core.Cloud;

/// <summary>
/// One AKS agent pool (<c>agentPoolProfiles[]</c> of <c>az aks show -o json</c>, or an item of
/// <c>az aks nodepool list -o json</c>).
/// </summary>
public sealed record AksAgentPool
{
    public required string Name { get; init; }

    /// <summary><c>System</c> or <c>User</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>
    /// <c>podLinkLocalAccess</c> (preview API): <c>IMDS</c> lets pods without hostNetwork reach the
    /// Azure IMDS, <c>None</c> blocks them
    /// (https://learn.microsoft.com/en-us/dotnet/api/azure.resourcemanager.containerservice.models.agentpoolpodlinklocalaccess);
    /// null when the export does not carry it (GA API versions: pods reach IMDS).
    /// </summary>
    public string? PodLinkLocalAccess { get; init; }

    /// <summary>True when the export says pods are kept from IMDS (<c>podLinkLocalAccess: None</c>).</summary>
    public bool BlocksPodImds => string.Equals(PodLinkLocalAccess, "None", StringComparison.OrdinalIgnoreCase);
}
