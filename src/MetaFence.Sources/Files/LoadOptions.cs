namespace MetaFence.Sources.Files;

/// <summary>How manifests are read: the namespace for objects that name none (<c>--namespace</c>).</summary>
public sealed record LoadOptions(string DefaultNamespace = "default");
