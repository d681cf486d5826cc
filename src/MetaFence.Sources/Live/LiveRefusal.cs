namespace MetaFence.Sources.Live;

/// <summary>A resource RBAC would not let the user list, with the server's reason.</summary>
public sealed record LiveRefusal(LiveResource Resource, string Reason)
{
    /// <summary>The warning for people: which resource, why, and what stays unknown.</summary>
    public string Describe() => $"cannot list {Resource.Name} across all namespaces ({Reason}): {Resource.UnknownWithout}";
}
