using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>Every object of one resource at one resourceVersion, keyed and in key order: what a paged list walks.</summary>
internal sealed record ListSnapshot(long ResourceVersion, IReadOnlyList<KeyValuePair<string, JsonObject>> Entries)
{
    public IEnumerable<JsonObject> Items => Entries.Select(e => e.Value);
}
