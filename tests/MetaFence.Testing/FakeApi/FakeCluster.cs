using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// The fake API server's object store: every object with its resourceVersion (one global counter, like etcd's
/// revision), a change log that watches replay, field ownership for server-side apply, and the scripts that drive
/// created pods. Tests seed it with <see cref="Add"/> and read it back with <see cref="Get"/> and <see cref="List"/>.
/// </summary>
public sealed partial class FakeCluster
{
    /// <summary>The manager <see cref="Add"/> records by default, as <c>kubectl create</c> would.</summary>
    public const string AddManager = "kubectl-create";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, SortedDictionary<string, JsonObject>> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldOwnership> _owners = new(StringComparer.Ordinal);
    private readonly List<WatchEvent> _log = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _resourceVersion = 1000;
    private long _oldestWatchable;
    private long _uids;
    private long _sequence;
    private long _generatedNames;

    internal FakeCluster()
    {
    }

    /// <summary>Stamps creationTimestamp and managedFields times; the system clock unless a test sets one.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>How a pod created through the API (POST or apply) behaves; null leaves it Pending.</summary>
    public Func<JsonObject, PodScript>? OnPodCreated { get; set; }

    internal ResourceCatalog Catalog { get; } = new();

    /// <summary>The current resourceVersion (the last one handed out).</summary>
    public long ResourceVersion
    {
        get
        {
            lock (_gate)
            {
                return _resourceVersion;
            }
        }
    }

    /// <summary>
    /// Adds or replaces every object in <paramref name="yamlOrJson"/> (documents and <c>List</c> items). Namespaced
    /// objects without a namespace land in <c>default</c>; a namespace that does not exist yet is created (labelled
    /// <c>kubernetes.io/metadata.name</c> like every namespace). <paramref name="fieldManager"/> owns every field (operation
    /// Update); null records no managedFields, so a later apply meets the real server's <c>before-first-apply</c>.
    /// </summary>
    public void Add(string yamlOrJson, string? fieldManager = AddManager)
    {
        foreach (var value in YamlJson.ParseDocuments(yamlOrJson))
        {
            var type = TypeOf(value);
            var metadata = ObjectMeta.Metadata(value);
            metadata.Remove("managedFields");
            if (type.Namespaced && ObjectMeta.Namespace(value) is null)
            {
                metadata["namespace"] = "default";
            }

            var ns = type.Namespaced ? ObjectMeta.Namespace(value) : null;
            var name = ObjectMeta.Name(value);
            if (type is { Group: "", Plural: "namespaces" })
            {
                // The real server labels every namespace with its name (NamespaceDefaultLabelName).
                if (metadata["labels"] is not JsonObject labels)
                {
                    metadata["labels"] = labels = new JsonObject();
                }

                labels["kubernetes.io/metadata.name"] = name;
            }

            lock (_gate)
            {
                if (ns is not null)
                {
                    EnsureNamespace(ns);
                }


                var existing = Find(type, ns, name);
                var owners = new FieldOwnership();
                if (fieldManager is not null)
                {
                    owners.Take(fieldManager, "Update", type.ApiVersion, FieldPaths.Leaves(value).Keys, Now());
                }

                Commit(type, ns, name, value, owners, existing is null ? "ADDED" : "MODIFIED", existing);
            }
        }
    }

    /// <summary>Serves a CRD: it appears in discovery and as a CustomResourceDefinition object.</summary>
    public void AddCustomResourceDefinition(string group, string version, string kind, string plural, bool namespaced)
    {
        Catalog.Add(new ResourceType(group, version, kind, plural, namespaced));
        var crd = new JsonObject
        {
            ["apiVersion"] = "apiextensions.k8s.io/v1",
            ["kind"] = "CustomResourceDefinition",
            ["metadata"] = new JsonObject { ["name"] = $"{plural}.{group}" },
            ["spec"] = new JsonObject
            {
                ["group"] = group,
                ["scope"] = namespaced ? "Namespaced" : "Cluster",
                ["names"] = new JsonObject { ["kind"] = kind, ["plural"] = plural, ["singular"] = kind.ToLowerInvariant(), ["listKind"] = kind + "List" },
                ["versions"] = new JsonArray(new JsonObject { ["name"] = version, ["served"] = true, ["storage"] = true }),
            },
        };
        Add(crd.ToJsonString());
    }

    /// <summary>A copy of the stored object, or null.</summary>
    public JsonObject? Get(string apiVersion, string kind, string? ns, string name)
    {
        var type = Catalog.ByKind(apiVersion, kind) ?? throw new ArgumentException($"the fake serves no {apiVersion} {kind}", nameof(kind));
        lock (_gate)
        {
            return (JsonObject?)Find(type, type.Namespaced ? ns : null, name)?.DeepClone();
        }
    }

    /// <summary>Copies of every stored object of the kind, in key order (namespace, then name).</summary>
    public IReadOnlyList<JsonObject> List(string apiVersion, string kind)
    {
        var type = Catalog.ByKind(apiVersion, kind) ?? throw new ArgumentException($"the fake serves no {apiVersion} {kind}", nameof(kind));
        return [.. Snapshot(type).Items.Select(i => (JsonObject)i.DeepClone())];
    }

    /// <summary>Removes an object as a DELETE would (a DELETED event); false when there was none.</summary>
    public bool Delete(string apiVersion, string kind, string? ns, string name)
    {
        var type = Catalog.ByKind(apiVersion, kind) ?? throw new ArgumentException($"the fake serves no {apiVersion} {kind}", nameof(kind));
        return Remove(type, type.Namespaced ? ns : null, name) is not null;
    }

    /// <summary>Sends a BOOKMARK at the current resourceVersion to every watch that allows bookmarks.</summary>
    public void Bookmark()
    {
        lock (_gate)
        {
            _log.Add(new WatchEvent(++_sequence, _resourceVersion, "BOOKMARK", null, null));
            Pulse();
        }
    }

    /// <summary>Forgets the change log, as etcd compaction does: a watch from an older resourceVersion gets 410.</summary>
    public void Compact()
    {
        lock (_gate)
        {
            _oldestWatchable = _resourceVersion;
            _log.Clear();
        }
    }

    /// <summary>An object cannot live in a namespace that does not exist: Add creates the missing one first.</summary>
    private void EnsureNamespace(string ns)
    {
        var type = Catalog.ByKind("v1", "Namespace") ?? throw new InvalidOperationException("namespaces are always served");
        if (Find(type, null, ns) is null)
        {
            var value = new JsonObject
            {
                ["apiVersion"] = "v1",
                ["kind"] = "Namespace",
                ["metadata"] = new JsonObject { ["name"] = ns, ["labels"] = new JsonObject { ["kubernetes.io/metadata.name"] = ns } },
                ["status"] = new JsonObject { ["phase"] = "Active" },
            };
            Commit(type, null, ns, value, new FieldOwnership(), "ADDED", null);
        }
    }

    private ResourceType TypeOf(JsonObject value)
    {
        var apiVersion = value["apiVersion"]?.ToString() ?? "";
        var kind = value["kind"]?.ToString() ?? "";
        return Catalog.ByKind(apiVersion, kind)
            ?? throw new ArgumentException($"the fake serves no {apiVersion} {kind}; add a CRD first", nameof(value));
    }
}
