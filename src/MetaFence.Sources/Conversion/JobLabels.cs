using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// The labels a Job's pods carry that its manifest's template lacks. When the API server generates
/// a Job's selector (every Job without <c>spec.manualSelector: true</c>), it adds
/// <c>batch.kubernetes.io/job-name</c> and the legacy <c>job-name</c>, both the Job's name, to the
/// pod template, keeping a value the template already sets (kubernetes
/// <c>pkg/registry/batch/job/strategy.go</c>, <c>generateSelector</c>; "Used on: Jobs and Pods controlled
/// by Jobs", https://kubernetes.io/docs/reference/labels-annotations-taints/#batchkubernetesio-job-name).
/// <c>batch.kubernetes.io/controller-uid</c> and <c>controller-uid</c> hold the Job's UID, which a
/// manifest does not have, so they are left out; a CronJob's Job names are not known either.
/// </summary>
internal static class JobLabels
{
    private static readonly string[] NameLabels = ["batch.kubernetes.io/job-name", "job-name"];

    public static LabelSet Add(LabelSet labels, string jobName) =>
        NameLabels.Aggregate(labels, (set, key) => set.ContainsKey(key) ? set : set.With(key, jobName));
}
