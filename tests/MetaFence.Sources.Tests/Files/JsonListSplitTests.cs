using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MetaFence.Sources.Files;
using MetaFence.Sources.Tests.Conversion.Streaming;
using MetaFence.Testing.Loading;
using MetaFence.Testing.World;

namespace MetaFence.Sources.Tests.Files;

public class JsonListSplitTests
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, IndentSize = 4 };

    public static TheoryData<string> Cases => new()
    {
        "pretty", "crlf", "bom", "truncated in the second half", "malformed in the second half", "diagnostic in the second half",
        "problem in the second half", "nested objects at the item indentation", "one hand-indented item before the middle",
        "typed list with kind after items", "kind after items is not a list", "minified", "kubectl dump", "kubectl dump cut",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_load_what_one_thread_loads_When_a_big_list_is_read_by_two_threads(string name)
    {
        // Given: one input, loaded with the split forced on (any size) and off.
        using var folder = new TempFolder();
        var path = folder.WriteBytes("dump.json", Build(name));

        foreach (var bufferSize in new[] { 64, 1 << 20 })
        {
            // When
            var parallel = Load(path, splitFrom: 1, bufferSize);
            var sequential = Load(path, splitFrom: long.MaxValue, bufferSize);

            // Then: the same snapshot, diagnostics (file, document, items[N], line) and locations.
            Assert.Equal(LoadDescription.Describe(sequential), LoadDescription.Describe(parallel));
            Assert.Equal(SnapshotText.Describe(sequential.Snapshot), SnapshotText.Describe(parallel.Snapshot));
        }
    }

    [Fact]
    public void Should_find_the_item_boundary_nearest_after_the_middle_When_the_list_is_pretty_printed()
    {
        // Given: 40 items, each starting on a line "        {".
        var bytes = Build("pretty");
        var text = Encoding.UTF8.GetString(bytes);
        var itemsStart = text.IndexOf('[', StringComparison.Ordinal) + 1;
        using var stream = new MemoryStream(bytes);

        // When
        var point = JsonSplitPoint.Find(stream, itemsStart)!;
        var (index, line) = point.CountBefore(stream, itemsStart, () => false);

        // Then: the point is a real boundary after the middle, and its number and line are right.
        Assert.Equal("},\n        {", text[(int)(point.ItemEnd - 1)..(int)(point.ItemStart + 1)]);
        Assert.InRange(point.ItemStart, (bytes.Length + itemsStart) / 2, bytes.Length);
        Assert.Equal(text[..(int)point.ItemStart].Split("\n        {").Length - 1, index);
        Assert.Equal(text[..(int)point.ItemStart].Count(c => c == '\n') + 1, line);
        Assert.InRange(index, 10, 39);
    }

    private static LoadResult Load(string path, long splitFrom, int bufferSize) =>
        ManifestLoader.Load([path], new LoadOptions { SplitListBytes = splitFrom, JsonBufferSize = bufferSize });

    private static byte[] Build(string name)
    {
        var utf8 = new UTF8Encoding(false);
        var dump = File.ReadAllText(LoadDescription.KubectlDump);
        var list = List(name);
        return name switch
        {
            "crlf" => utf8.GetBytes(list.Replace("\n", "\r\n", StringComparison.Ordinal)),
            "bom" => [.. utf8.GetPreamble(), .. Encoding.UTF8.GetBytes(list)],
            "truncated in the second half" => utf8.GetBytes(list[..(list.Length * 3 / 4)]),
            "malformed in the second half" => utf8.GetBytes(list.Insert(list.Length * 3 / 4, "\n,]")),
            "nested objects at the item indentation" => utf8.GetBytes(HandIndent(list, every: true)),
            "one hand-indented item before the middle" => utf8.GetBytes(HandIndent(list, every: false)),
            "typed list with kind after items" => utf8.GetBytes(list.Replace("\"kind\": \"List\"", "\"kind\": \"PodList\"", StringComparison.Ordinal)),
            "kind after items is not a list" => utf8.GetBytes(list.Replace("\"kind\": \"List\"", "\"kind\": \"Pod\"", StringComparison.Ordinal)),
            "minified" => utf8.GetBytes(JsonNode.Parse(list)!.ToJsonString()),
            "kubectl dump" => utf8.GetBytes(dump),
            "kubectl dump cut" => utf8.GetBytes(dump[..(dump.Length * 2 / 3)]),
            _ => utf8.GetBytes(list),
        };
    }

    /// <summary>A List of 40 items of mixed kinds, pretty-printed as kubectl does (items after apiVersion, then kind).</summary>
    private static string List(string name)
    {
        var items = new JsonArray();
        for (var i = 0; i < 40; i++)
        {
            var pod = i % 4 != 3 && name != "typed list with kind after items";
            items.Add(i switch
            {
                _ when name == "typed list with kind after items" => PodItem(i, name, withKind: i % 2 == 0),
                _ when i % 7 == 0 => Item("v1", "Namespace", $"ns{i}", null),
                _ when i % 5 == 0 => Item("v1", "ConfigMap", $"cm{i}", "ns0"),
                _ when !pod => Policy(i, name),
                _ => PodItem(i, name, withKind: true),
            });
        }

        var list = new JsonObject { ["apiVersion"] = "v1", ["items"] = items, ["kind"] = "List", ["metadata"] = new JsonObject { ["resourceVersion"] = "" } };
        return list.ToJsonString(Pretty);
    }

    private static JsonObject Item(string apiVersion, string kind, string name, string? ns)
    {
        var metadata = new JsonObject { ["name"] = name };
        if (ns is not null)
        {
            metadata["namespace"] = ns;
        }

        return new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = kind, ["metadata"] = metadata };
    }

    private static JsonObject PodItem(int i, string name, bool withKind)
    {
        var pod = Item("v1", "Pod", $"p{i}", $"ns{i % 3}");
        pod["metadata"]!["labels"] = new JsonObject { ["app"] = $"a{i % 5}" };
        pod["metadata"]!["ownerReferences"] = new JsonArray(
            new JsonObject { ["apiVersion"] = "apps/v1", ["kind"] = "ReplicaSet", ["name"] = $"rs{i % 4}", ["uid"] = "u", ["controller"] = true });
        JsonNode containers = name == "diagnostic in the second half" && i == 33 ? 5 : new JsonArray(new JsonObject { ["name"] = "c", ["image"] = "img" });
        pod["spec"] = new JsonObject { ["containers"] = containers, ["hostNetwork"] = i == 34 && name == "problem in the second half" ? "yes" : false };
        pod["status"] = new JsonObject { ["phase"] = i % 9 == 0 ? "Succeeded" : "Running" };
        if (!withKind)
        {
            pod.Remove("kind");
            pod.Remove("apiVersion");
        }

        return pod;
    }

    private static JsonObject Policy(int i, string name)
    {
        var policy = Item("networking.k8s.io/v1", "NetworkPolicy", $"np{i}", "ns0");
        var cidr = name == "problem in the second half" && i == 35 ? "not-a-cidr" : "0.0.0.0/0";
        policy["spec"] = JsonNode.Parse(string.Create(CultureInfo.InvariantCulture,
            $$$"""{"podSelector": {}, "policyTypes": ["Egress"], "egress": [{"to": [{"ipBlock": {"cidr": "{{{cidr}}}", "except": ["169.254.169.254/32"]}}]}]}"""));
        return policy;
    }

    /// <summary>Moves the objects of ownerReferences lists out to the items' own indentation, as a hand-edited file might.</summary>
    private static string HandIndent(string list, bool every)
    {
        var text = new StringBuilder();
        var moved = 0;
        foreach (var line in list.Split('\n'))
        {
            var isOwner = line.StartsWith("                    {", StringComparison.Ordinal) || line.StartsWith("                    }", StringComparison.Ordinal);
            var move = isOwner && (every || moved < 2);
            moved += move ? 1 : 0;
            text.Append(move ? line.TrimStart() is var t ? "        " + t : line : line).Append('\n');
        }

        return text.ToString(0, text.Length - 1);
    }
}
