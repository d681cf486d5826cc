using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>One entry (numbered by <paramref name="Sequence"/>) of the store's change log: ADDED, MODIFIED, DELETED (with the object as written) or BOOKMARK.</summary>
internal sealed record WatchEvent(long Sequence, long ResourceVersion, string Type, ResourceType? Resource, JsonObject? Object);
