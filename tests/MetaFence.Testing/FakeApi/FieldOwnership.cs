using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// Who owns which leaf paths of one object: the fake's <c>metadata.managedFields</c>, one entry per manager and
/// operation (Apply or Update), rendered as FieldsV1 (https://kubernetes.io/docs/reference/using-api/server-side-apply/#field-management).
/// </summary>
internal sealed class FieldOwnership
{
    private readonly List<Entry> _entries = [];

    public IEnumerable<(string Manager, string Operation, string ApiVersion)> Managers =>
        _entries.Select(e => (e.Manager, e.Operation, e.ApiVersion));

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>The paths <paramref name="manager"/> owns through <paramref name="operation"/>.</summary>
    public IReadOnlySet<string> PathsOf(string manager, string operation) =>
        _entries.Find(e => e.Manager == manager && e.Operation == operation)?.Paths ?? [];

    /// <summary>Other managers owning <paramref name="path"/>: name, operation and apiVersion.</summary>
    public IEnumerable<(string Manager, string Operation, string ApiVersion)> OthersOwning(string path, string manager, string operation) =>
        _entries.Where(e => !(e.Manager == manager && e.Operation == operation) && e.Paths.Contains(path))
            .Select(e => (e.Manager, e.Operation, e.ApiVersion));

    /// <summary>Sets what <paramref name="manager"/> owns (replacing its earlier set); empty entries disappear.</summary>
    public void Take(string manager, string operation, string apiVersion, IEnumerable<string> paths, string time)
    {
        var entry = _entries.Find(e => e.Manager == manager && e.Operation == operation);
        if (entry is null)
        {
            _entries.Add(entry = new Entry(manager, operation));
        }

        entry.ApiVersion = apiVersion;
        entry.Time = time;
        entry.Paths = new SortedSet<string>(paths, StringComparer.Ordinal);
        _entries.RemoveAll(e => e.Paths.Count == 0);
    }

    /// <summary>Removes <paramref name="paths"/> from every manager but the one named.</summary>
    public void Release(IEnumerable<string> paths, string exceptManager, string exceptOperation)
    {
        var gone = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var entry in _entries.Where(e => !(e.Manager == exceptManager && e.Operation == exceptOperation)))
        {
            entry.Paths.RemoveWhere(gone.Contains);
        }

        _entries.RemoveAll(e => e.Paths.Count == 0);
    }

    /// <summary>Drops every owned path the object no longer has.</summary>
    public void Prune(IReadOnlyDictionary<string, JsonNode?> present)
    {
        foreach (var entry in _entries)
        {
            entry.Paths.RemoveWhere(p => !present.ContainsKey(p));
        }

        _entries.RemoveAll(e => e.Paths.Count == 0);
    }

    /// <summary>
    /// A non-apply write (create, update, patch) by <paramref name="manager"/>: it takes the paths whose value it
    /// changed (from whoever owned them) and keeps the ones it had.
    /// </summary>
    public void RecordUpdate(string manager, string apiVersion, JsonObject? before, JsonObject after, string time)
    {
        var leaves = FieldPaths.Leaves(after);
        var old = before is null ? new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal) : FieldPaths.Leaves(before);
        var changed = leaves.Where(l => !old.TryGetValue(l.Key, out var was) || !FieldPaths.SameValue(was, l.Value)).Select(l => l.Key).ToList();
        Prune(leaves);
        if (changed.Count == 0)
        {
            return;
        }

        Release(changed, manager, "Update");
        Take(manager, "Update", apiVersion, PathsOf(manager, "Update").Concat(changed).ToList(), time);
    }

    public FieldOwnership Copy()
    {
        var copy = new FieldOwnership();
        foreach (var entry in _entries)
        {
            copy._entries.Add(new Entry(entry.Manager, entry.Operation)
            {
                ApiVersion = entry.ApiVersion,
                Time = entry.Time,
                Paths = new SortedSet<string>(entry.Paths, StringComparer.Ordinal),
            });
        }

        return copy;
    }

    /// <summary>Same managers owning the same paths (times aside): an apply that changes nothing keeps its resourceVersion.</summary>
    public bool SameAs(FieldOwnership other) =>
        _entries.Count == other._entries.Count
        && _entries.All(e => other._entries.Exists(o => o.Manager == e.Manager && o.Operation == e.Operation && o.Paths.SetEquals(e.Paths)));

    public JsonArray Render()
    {
        var managed = new JsonArray();
        foreach (var entry in _entries)
        {
            var fields = new JsonObject();
            foreach (var path in entry.Paths)
            {
                var node = fields;
                foreach (var segment in FieldPaths.Segments(path))
                {
                    if (node["f:" + segment] is not JsonObject next)
                    {
                        node["f:" + segment] = next = new JsonObject();
                    }

                    node = next;
                }
            }

            managed.Add(new JsonObject
            {
                ["manager"] = entry.Manager,
                ["operation"] = entry.Operation,
                ["apiVersion"] = entry.ApiVersion,
                ["time"] = entry.Time,
                ["fieldsType"] = "FieldsV1",
                ["fieldsV1"] = fields,
            });
        }

        return managed;
    }

    private sealed class Entry(string manager, string operation)
    {
        public string Manager { get; } = manager;

        public string Operation { get; } = operation;

        public string ApiVersion { get; set; } = "";

        public string Time { get; set; } = "";

        public SortedSet<string> Paths { get; set; } = new(StringComparer.Ordinal);
    }
}
