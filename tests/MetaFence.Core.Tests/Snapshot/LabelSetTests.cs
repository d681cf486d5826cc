using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Snapshot;

/// <summary>
/// Label sets are maps (a key once; the API server keeps the last of a key a manifest repeats, as
/// YAML and JSON decoders do) kept in ordinal key order, with value equality so identical pods
/// share verdicts (DESIGN "evaluate once per distinct label set").
/// </summary>
public sealed class LabelSetTests
{
    public static TheoryData<string[], string> Rows => new()
    {
        { [], "" },
        { ["app=web"], "app=web" },
        { ["tier=db", "app=web", "Zone=a"], "Zone=a,app=web,tier=db" },
        { ["app=web", "app=api"], "app=api" },
        { ["b=1", "a=1", "b=2", "a=2", "b=3"], "a=2,b=3" },
        { ["k8s-app=x", "k8s.io/a=y", "k8s=z"], "k8s=z,k8s-app=x,k8s.io/a=y" }, // a prefix first, then - (0x2D) before . (0x2E)
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_keep_keys_sorted_ordinally_and_the_last_value_of_a_repeated_key(string[] labels, string expected)
    {
        var set = LabelSet.Of(labels.Select(Pair));

        Assert.Equal(expected, string.Join(",", set.Pairs.Select(p => $"{p.Key}={p.Value}")));
    }

    [Fact]
    public void Should_be_equal_with_the_same_hash_When_built_from_the_same_labels_in_another_order()
    {
        var first = LabelSet.Of(new[] { "a=1", "b=2", "c=3" }.Select(Pair));
        var second = LabelSet.Of(new[] { "c=3", "a=1", "b=2" }.Select(Pair));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, LabelSet.Of(new[] { "a=1", "b=2", "c=4" }.Select(Pair)));
    }

    [Fact]
    public void Should_sort_a_long_label_list_and_keep_the_last_value_When_it_has_more_labels_than_the_short_path_takes()
    {
        // 40 labels in reverse order, k07 given twice: the long-list sort must be stable too.
        var labels = Enumerable.Range(0, 40).Reverse().Select(i => $"k{i:D2}=v{i}").Append("k07=last").ToArray();

        var set = LabelSet.Of(labels.Select(Pair));

        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"k{i:D2}"), set.Pairs.Select(p => p.Key));
        Assert.True(set.TryGetValue("k07", out var value));
        Assert.Equal("last", value);
    }

    private static KeyValuePair<string, string> Pair(string label) =>
        KeyValuePair.Create(label[..label.IndexOf('=')], label[(label.IndexOf('=') + 1)..]);
}
