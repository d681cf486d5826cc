using System.Text.Json;
using k8s.Models;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs and CronJobs to <see cref="WorkloadDraft"/>.</summary>
internal static class WorkloadConverter
{
    public static WorkloadDraft? Read(KnownKind kind, JsonElement element, ObjectSite site, string defaultNamespace, DiagnosticList diagnostics)
    {
        var shape = kind switch
        {
            KnownKind.Deployment => Shape<V1Deployment>(element, site, diagnostics, d => (d.Metadata, d.Spec?.Template, d.Spec?.Replicas)),
            KnownKind.StatefulSet => Shape<V1StatefulSet>(element, site, diagnostics, s => (s.Metadata, s.Spec?.Template, s.Spec?.Replicas)),
            KnownKind.DaemonSet => Shape<V1DaemonSet>(element, site, diagnostics, d => (d.Metadata, d.Spec?.Template, null)),
            KnownKind.ReplicaSet => Shape<V1ReplicaSet>(element, site, diagnostics, r => (r.Metadata, r.Spec?.Template, r.Spec?.Replicas)),
            KnownKind.Job => Shape<V1Job>(element, site, diagnostics, j => (j.Metadata, j.Spec?.Template, j.Spec?.Parallelism)),
            KnownKind.CronJob => Shape<V1CronJob>(element, site, diagnostics, c => (c.Metadata, c.Spec?.JobTemplate?.Spec?.Template, null)),
            _ => null,
        };
        if (shape is not var (metadata, template, replicas))
        {
            return null;
        }

        var id = ObjectIdentity.Read(kind.ToString(), metadata, defaultNamespace, site, diagnostics);
        if (id is null)
        {
            return null;
        }

        var templatePath = kind == KnownKind.CronJob ? "spec.jobTemplate.spec.template" : "spec.template";
        var stand = template is null ? null : PodConverter.FromTemplate(template, templatePath, id, site, diagnostics);
        return new WorkloadDraft(id.Ref, PodConverter.ControllerOf(metadata, id.NamespaceName), stand, replicas ?? 1, site.At());
    }

    private static (V1ObjectMeta? Metadata, V1PodTemplateSpec? Template, int? Replicas)? Shape<T>(
        JsonElement element, ObjectSite site, DiagnosticList diagnostics, Func<T, (V1ObjectMeta?, V1PodTemplateSpec?, int?)> select)
        where T : class =>
        ModelReader.TryRead<T>(element, site, diagnostics, out var model) ? select(model) : null;
}
