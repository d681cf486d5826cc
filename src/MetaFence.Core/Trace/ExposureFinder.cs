using MetaFence.Core.Audit;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Trace;

/// <summary>Finds the Services and Ingresses that expose a subject's pods (see <see cref="Exposure"/>).</summary>
public sealed class ExposureFinder(ClusterSnapshot snapshot)
{
    private readonly ILookup<string, ServiceInfo> _services = snapshot.Services.ToLookup(s => s.Namespace, StringComparer.Ordinal);
    private readonly ILookup<string, IngressInfo> _ingresses = snapshot.Ingresses.ToLookup(i => i.Namespace, StringComparer.Ordinal);

    public Exposure Of(AuditSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var pod = subject.Representative;
        var selecting = _services[subject.Namespace].Where(s => s.Selects(pod)).ToList();
        var via = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var service in selecting.Where(s => s.IsExternal))
        {
            via.Add($"{service} ({service.Type})");
        }

        foreach (var ingress in _ingresses[subject.Namespace])
        {
            foreach (var backend in ingress.BackendServices.Where(b => selecting.Any(s => s.Name == b)))
            {
                via.Add($"{ingress} → Service {subject.Namespace}/{backend}");
            }
        }

        return via.Count == 0 ? Exposure.None : new Exposure([.. via]);
    }
}
