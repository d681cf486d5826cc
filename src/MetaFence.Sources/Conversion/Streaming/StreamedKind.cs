using System.Text;
using k8s.Models;

namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>
/// A kind the streamed reader converts itself (the bulk of a cluster dump: pods, the workloads that
/// own them, namespaces): its name and API group, the client model whose schema it is checked
/// against, and the paths of the values kept. Schemas are built on first use. Jobs and CronJobs,
/// rarer and with rules of their own (<see cref="JobLabels"/>), are read through the models.
/// </summary>
internal sealed class StreamedKind
{
    public static readonly StreamedKind Pod = new(KnownKind.Pod, "", typeof(V1Pod), PodCaptures());

    public static readonly IReadOnlyList<StreamedKind> All =
    [
        Pod,
        new(KnownKind.Namespace, "", typeof(V1Namespace), new(Identity()) { ["metadata.labels"] = CapturedField.Labels, ["metadata.labels{}"] = CapturedField.LabelValue }),
        Workload(KnownKind.Deployment, "apps", typeof(V1Deployment), "spec.replicas"),
        Workload(KnownKind.StatefulSet, "apps", typeof(V1StatefulSet), "spec.replicas"),
        Workload(KnownKind.DaemonSet, "apps", typeof(V1DaemonSet), null),
        Workload(KnownKind.ReplicaSet, "apps", typeof(V1ReplicaSet), "spec.replicas"),
    ];

    private readonly Lazy<SchemaNode> _schema;

    private StreamedKind(KnownKind kind, string group, Type model, Dictionary<string, CapturedField> captures)
    {
        Kind = kind;
        Name = kind.ToString();
        Utf8Name = Encoding.UTF8.GetBytes(Name);
        Group = group;
        TemplatePath = captures.FirstOrDefault(c => c.Value == CapturedField.Template).Key;
        _schema = new Lazy<SchemaNode>(() => ModelSchema.Build(model, captures));
    }

    public KnownKind Kind { get; }

    public string Name { get; }

    public byte[] Utf8Name { get; }

    public string Group { get; }

    /// <summary>The pod template of a workload (<c>spec.template</c>), null for other kinds.</summary>
    public string? TemplatePath { get; }

    public SchemaNode Schema => _schema.Value;

    public static StreamedKind? Named(ReadOnlySpan<byte> utf8Name)
    {
        foreach (var kind in All)
        {
            if (utf8Name.SequenceEqual(kind.Utf8Name))
            {
                return kind;
            }
        }

        return null;
    }

    public static StreamedKind? Named(string name) => All.FirstOrDefault(k => k.Name == name);

    private static StreamedKind Workload(KnownKind kind, string group, Type model, string? replicas)
    {
        const string template = "spec.template";
        var captures = new Dictionary<string, CapturedField>(Identity())
        {
            [template] = CapturedField.Template,
            [template + ".metadata.labels"] = CapturedField.Labels,
            [template + ".metadata.labels{}"] = CapturedField.LabelValue,
        };
        if (replicas is not null)
        {
            captures[replicas] = CapturedField.Replicas;
        }

        AddPodSpec(captures, template + ".spec");
        return new StreamedKind(kind, group, model, captures);
    }

    private static Dictionary<string, CapturedField> PodCaptures()
    {
        var captures = new Dictionary<string, CapturedField>(Identity())
        {
            ["metadata.labels"] = CapturedField.Labels,
            ["metadata.labels{}"] = CapturedField.LabelValue,
            ["status.phase"] = CapturedField.Phase,
            ["status.podIP"] = CapturedField.PodIp,
            ["status.podIPs[].ip"] = CapturedField.ListedPodIp,
        };
        AddPodSpec(captures, "spec");
        return captures;
    }

    private static Dictionary<string, CapturedField> Identity() => new()
    {
        ["apiVersion"] = CapturedField.ApiVersion,
        ["kind"] = CapturedField.Kind,
        ["metadata.name"] = CapturedField.Name,
        ["metadata.generateName"] = CapturedField.GenerateName,
        ["metadata.namespace"] = CapturedField.Namespace,
        ["metadata.ownerReferences[]"] = CapturedField.Owner,
        ["metadata.ownerReferences[].kind"] = CapturedField.OwnerKind,
        ["metadata.ownerReferences[].name"] = CapturedField.OwnerName,
        ["metadata.ownerReferences[].controller"] = CapturedField.OwnerController,
    };

    private static void AddPodSpec(Dictionary<string, CapturedField> captures, string spec)
    {
        captures[spec + ".hostNetwork"] = CapturedField.HostNetwork;
        captures[spec + ".nodeName"] = CapturedField.NodeName;
        captures[spec + ".nodeSelector"] = CapturedField.NodeSelector;
        captures[spec + ".nodeSelector{}"] = CapturedField.NodeSelectorValue;
        foreach (var (list, field) in new[] { ("containers", CapturedField.Containers), ("initContainers", CapturedField.InitContainers) })
        {
            var ports = $"{spec}.{list}[].ports[]";
            captures[$"{spec}.{list}"] = field;
            captures[$"{spec}.{list}[].image"] = CapturedField.Image;
            captures[ports] = CapturedField.Port;
            captures[ports + ".name"] = CapturedField.PortName;
            captures[ports + ".containerPort"] = CapturedField.PortNumber;
            captures[ports + ".protocol"] = CapturedField.PortProtocol;
        }
    }
}
