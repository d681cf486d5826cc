namespace MetaFence.Testing.FakeApi;

/// <summary>One resource the fake server serves: its group, version, kind, plural and scope.</summary>
internal sealed record ResourceType(string Group, string Version, string Kind, string Plural, bool Namespaced)
{
    /// <summary><c>v1</c> for the core group, <c>group/version</c> otherwise.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>The resource as error messages name it: <c>pods</c>, <c>networkpolicies.networking.k8s.io</c>.</summary>
    public string QualifiedPlural => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    /// <summary>The store key: group and plural (the version does not split storage).</summary>
    public string Key => $"{Group}/{Plural}";

    public string ListKind => Kind + "List";

    public static readonly string[] Verbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
}
