using System.Globalization;
using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>The store's primitives; callers hold no lock, these take it.</summary>
public sealed partial class FakeCluster
{
    /// <summary>Every object of <paramref name="type"/> at one resourceVersion, in key order.</summary>
    internal ListSnapshot Snapshot(ResourceType type)
    {
        lock (_gate)
        {
            var items = _objects.TryGetValue(type.Key, out var byKey)
                ? byKey.Select(pair => new KeyValuePair<string, JsonObject>(pair.Key, (JsonObject)pair.Value.DeepClone())).ToList()
                : [];
            return new ListSnapshot(_resourceVersion, items);
        }
    }

    internal JsonObject? Read(ResourceType type, string? ns, string name)
    {
        lock (_gate)
        {
            return (JsonObject?)Find(type, ns, name)?.DeepClone();
        }
    }

    internal FieldOwnership Owners(ResourceType type, string? ns, string name)
    {
        lock (_gate)
        {
            return _owners.TryGetValue(OwnerKey(type, ns, name), out var owners) ? owners.Copy() : new FieldOwnership();
        }
    }

    /// <summary>
    /// Stores <paramref name="value"/> when the object is still at <paramref name="expectedVersion"/> (0: must not
    /// exist); stamps uid, creationTimestamp, generation and a new resourceVersion; logs the event. Returns the copy
    /// stored, or null when another writer got there first.
    /// </summary>
    internal JsonObject? TryWrite(ResourceType type, string? ns, string name, JsonObject value, FieldOwnership owners, long expectedVersion)
    {
        lock (_gate)
        {
            var existing = Find(type, ns, name);
            if ((existing is null ? 0 : ObjectMeta.ResourceVersion(existing)) != expectedVersion)
            {
                return null;
            }

            return (JsonObject)Commit(type, ns, name, value, owners, existing is null ? "ADDED" : "MODIFIED", existing).DeepClone();
        }
    }

    internal JsonObject? Remove(ResourceType type, string? ns, string name)
    {
        lock (_gate)
        {
            if (Find(type, ns, name) is not { } existing)
            {
                return null;
            }

            _objects[type.Key].Remove(ObjectMeta.Key(ns, name));
            _owners.Remove(OwnerKey(type, ns, name));
            _pods.Remove(ObjectMeta.Key(ns, name));
            var deleted = (JsonObject)existing.DeepClone();
            ObjectMeta.Metadata(deleted)["resourceVersion"] = Text(++_resourceVersion);
            _log.Add(new WatchEvent(++_sequence, _resourceVersion, "DELETED", type, deleted));
            Pulse();
            return (JsonObject)deleted.DeepClone();
        }
    }

    /// <summary>
    /// The log entries numbered after <paramref name="afterSequence"/>, or null when the log no longer reaches back
    /// to <paramref name="afterResourceVersion"/> (compacted); <paramref name="changed"/> completes at the next change.
    /// </summary>
    internal IReadOnlyList<WatchEvent>? EventsAfter(long afterSequence, long afterResourceVersion, out Task changed)
    {
        lock (_gate)
        {
            changed = _changed.Task;
            return afterResourceVersion < _oldestWatchable ? null : [.. _log.Where(e => e.Sequence > afterSequence)];
        }
    }

    /// <summary>A snapshot of <paramref name="type"/> with the log position it corresponds to.</summary>
    internal (ListSnapshot Snapshot, long Sequence) SnapshotAt(ResourceType type)
    {
        lock (_gate)
        {
            return (Snapshot(type), _sequence);
        }
    }

    internal long Sequence
    {
        get
        {
            lock (_gate)
            {
                return _sequence;
            }
        }
    }

    internal long OldestWatchable
    {
        get
        {
            lock (_gate)
            {
                return _oldestWatchable;
            }
        }
    }

    /// <summary>A name for <c>metadata.generateName</c>: the prefix and five characters, deterministic per cluster.</summary>
    internal string GenerateName(string prefix)
    {
        const string alphabet = "bcdfghjklmnpqrstvwxz2456789";
        var n = Interlocked.Increment(ref _generatedNames);
        var suffix = new char[5];
        for (var i = 4; i >= 0; i--)
        {
            suffix[i] = alphabet[(int)(n % alphabet.Length)];
            n /= alphabet.Length;
        }

        return prefix + new string(suffix);
    }

    internal string Now() => Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private JsonObject? Find(ResourceType type, string? ns, string name) =>
        _objects.TryGetValue(type.Key, out var byKey) && byKey.TryGetValue(ObjectMeta.Key(ns, name), out var value) ? value : null;

    private JsonObject Commit(ResourceType type, string? ns, string name, JsonObject value, FieldOwnership owners, string eventType, JsonObject? existing)
    {
        var stored = (JsonObject)value.DeepClone();
        var metadata = ObjectMeta.Metadata(stored);
        metadata["name"] = name;
        if (ns is not null)
        {
            metadata["namespace"] = ns;
        }

        metadata["uid"] = existing?["metadata"]?["uid"]?.DeepClone() ?? $"00000000-0000-4000-8000-{++_uids:x12}";
        metadata["creationTimestamp"] = existing?["metadata"]?["creationTimestamp"]?.DeepClone() ?? Now();
        metadata["generation"] = ObjectGeneration.Next(existing, stored);
        metadata["resourceVersion"] = Text(++_resourceVersion);
        metadata.Remove("managedFields");
        if (owners.Render() is { Count: > 0 } managed)
        {
            metadata["managedFields"] = managed;
        }

        if (!_objects.TryGetValue(type.Key, out var byKey))
        {
            _objects[type.Key] = byKey = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        }

        byKey[ObjectMeta.Key(ns, name)] = stored;
        _owners[OwnerKey(type, ns, name)] = owners.Copy();
        _log.Add(new WatchEvent(++_sequence, _resourceVersion, eventType, type, (JsonObject)stored.DeepClone()));
        Pulse();
        return stored;
    }

    private void Pulse()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    private static string OwnerKey(ResourceType type, string? ns, string name) => type.Key + "|" + ObjectMeta.Key(ns, name);

    private static string Text(long number) => number.ToString(CultureInfo.InvariantCulture);
}
