using MetaFence.Sources.Files;

namespace MetaFence.Sources.Cloud;

/// <summary>Field paths for export diagnostics, written like the manifest loader's (<c>RoleDetailList[2].RolePolicyList[0]</c>).</summary>
internal static class Paths
{
    public static string Property(string parent, string name) => FieldPath.Property(parent, name);

    public static string Index(string parent, int index) => FieldPath.Index(parent, index);

    public static string FromJsonPath(string? jsonPath) => FieldPath.FromJsonPath(jsonPath);
}
