using System.Collections.Immutable;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>The captured values to Core records, as <see cref="PodConverter"/>, <see cref="WorkloadConverter"/> and the dispatcher make them.</summary>
internal sealed partial class StreamedObjectReader
{
    private void Add(StreamedKind kind, ObjectIdentity id, StreamedSite site)
    {
        var path = FieldPath.Index("items", site.Index);
        var location = new SourceLocation(site.File, site.Document, path, site.Line);
        switch (kind.Kind)
        {
            case KnownKind.Pod:
                var pod = PodOf(id, _capture.Phase, _capture.Ips(), location);
                _snapshot.AddPod(new PodDraft(pod, Controller(id), _capture.TemplateHash));
                break;
            case KnownKind.Namespace:
                // Not pooled: every namespace has its own name label, added to a copy.
                _snapshot.AddNamespace(NamespaceInfo.Create(id.Name, LabelSet.Of(_capture.Labels)), location);
                break;
            default:
                var template = kind.TemplatePath is { } templatePath && _capture.TemplateAt >= 0
                    ? TemplateOf(id, new SourceLocation(site.File, site.Document, FieldPath.Join(path, templatePath), site.LineAt(_capture.TemplateAt)))
                    : null;
                _snapshot.AddWorkload(new WorkloadDraft(id.Ref, Controller(id), template, _capture.Replicas ?? 1, location));
                break;
        }
    }

    /// <summary>The template's labels are read into a set only when it stands in (see <see cref="WorkloadDraft"/>).</summary>
    private Lazy<PodInfo> TemplateOf(ObjectIdentity id, SourceLocation location)
    {
        var template = PodOf(id, PodPhase.Template, [], location, LabelSet.Empty);
        var labels = _capture.Labels.ToArray();
        return new Lazy<PodInfo>(() => template with { Labels = LabelSet.Of(labels) }, LazyThreadSafetyMode.None);
    }

    private PodInfo PodOf(ObjectIdentity id, PodPhase phase, ImmutableArray<IpAddress> ips, SourceLocation location, LabelSet? labels = null) => new()
    {
        Namespace = id.NamespaceName,
        Name = id.Name,
        Labels = labels ?? _labelSets.Get(_capture.Labels),
        HostNetwork = _capture.HostNetwork,
        Phase = phase,
        Ips = ips,
        Ports = _capture.Ports(),
        NodeName = _capture.NodeName,
        Images = _capture.Images(),
        OsSelector = _capture.OsSelector,
        Location = location,
    };

    private ObjectRef? Controller(ObjectIdentity id) =>
        _capture.Controller is var (kind, name) ? PodConverter.OwnerRef(kind, name, id.NamespaceName) : null;
}
