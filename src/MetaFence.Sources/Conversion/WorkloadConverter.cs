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
            KnownKind.Deployment => Shape<V1Deployment>(element, site, diagnostics, d => (d.Metadata, d.Spec?.Template, d.Spec?.Replicas, false)),
            KnownKind.StatefulSet => Shape<V1StatefulSet>(element, site, diagnostics, s => (s.Metadata, s.Spec?.Template, s.Spec?.Replicas, false)),
            KnownKind.DaemonSet => Shape<V1DaemonSet>(element, site, diagnostics, d => (d.Metadata, d.Spec?.Template, null, false)),
            KnownKind.ReplicaSet => Shape<V1ReplicaSet>(element, site, diagnostics, r => (r.Metadata, r.Spec?.Template, r.Spec?.Replicas, false)),
            KnownKind.Job => Shape<V1Job>(element, site, diagnostics, j => (j.Metadata, j.Spec?.Template, j.Spec?.Parallelism, j.Spec?.ManualSelector != true)),
            KnownKind.CronJob => Shape<V1CronJob>(element, site, diagnostics, c => (c.Metadata, c.Spec?.JobTemplate?.Spec?.Template, null, false)),
            _ => null,
        };
        if (shape is not var (metadata, template, replicas, jobLabels))
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

        // A generateName-only Job gets its name from the API server: its job-name labels are unknown.
        if (jobLabels && stand is not null && !string.IsNullOrEmpty(metadata?.Name))
        {
            stand = stand with { Labels = JobLabels.Add(stand.Labels, metadata.Name) };
        }

        return new WorkloadDraft(id.Ref, PodConverter.ControllerOf(metadata, id.NamespaceName), stand is null ? null : new(stand), replicas ?? 1, site.At());
    }

    /// <summary>The parts every workload has; <c>JobLabels</c> says whether <see cref="JobLabels"/> applies.</summary>
    private static (V1ObjectMeta? Metadata, V1PodTemplateSpec? Template, int? Replicas, bool JobLabels)? Shape<T>(
        JsonElement element, ObjectSite site, DiagnosticList diagnostics, Func<T, (V1ObjectMeta?, V1PodTemplateSpec?, int?, bool)> select)
        where T : class =>
        ModelReader.TryRead<T>(element, site, diagnostics, out var model) ? select(model) : null;
}
