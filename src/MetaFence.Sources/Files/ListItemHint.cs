namespace MetaFence.Sources.Files;

/// <summary>The kind and apiVersion a typed list (<c>PodList</c>, <c>v1</c>) implies for its items.</summary>
internal sealed record ListItemHint(string Kind, string ApiVersion)
{
    /// <summary>The hint for items of <paramref name="listKind"/>, or null for the untyped <c>List</c>.</summary>
    public static ListItemHint? For(string listKind, string? apiVersion) =>
        listKind.Length > 4 && listKind.EndsWith("List", StringComparison.Ordinal) && apiVersion is not null
            ? new ListItemHint(listKind[..^4], apiVersion)
            : null;

    /// <summary>True for <c>List</c> and every <c>*List</c> kind.</summary>
    public static bool IsListKind(string kind) => kind.EndsWith("List", StringComparison.Ordinal);
}
