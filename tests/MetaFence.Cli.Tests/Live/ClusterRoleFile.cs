using YamlDotNet.RepresentationModel;

namespace MetaFence.Cli.Tests.Live;

/// <summary>The rules of a ClusterRole file under deploy/rbac, one row per API group × resource.</summary>
internal static class ClusterRoleFile
{
    public static List<(string Group, string Resource, string[] Verbs)> Rules(string path)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(path)));
        var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
        Assert.Equal("ClusterRole", root["kind"].ToString());
        var rows = new List<(string, string, string[])>();
        foreach (var rule in ((YamlSequenceNode)root["rules"]).Cast<YamlMappingNode>())
        {
            var verbs = Strings(rule["verbs"]);
            foreach (var group in Strings(rule["apiGroups"]))
            {
                rows.AddRange(Strings(rule["resources"]).Select(resource => (group, resource, verbs)));
            }
        }

        return rows;
    }

    private static string[] Strings(YamlNode node) => [.. ((YamlSequenceNode)node).Select(n => n.ToString())];
}
