using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MetaFence.Core.Verify;

/// <summary>
/// Names, labels and fixed security settings of <c>verify</c>'s probe pods. Names are deterministic:
/// <c>metafence-probe-&lt;8 hex of the namespace's SHA-256&gt;-&lt;run id&gt;</c>, so a run can find and
/// delete its pods by name, and a label sweep by <see cref="RunLabel"/> finds any it missed.
/// </summary>
public static class ProbePods
{
    public const string ManagedByLabel = "app.kubernetes.io/managed-by";

    public const string ManagedByValue = "metafence";

    /// <summary>Carries the run id: <c>-l metafence.io/probe=RUNID</c> finds one run's pods.</summary>
    public const string RunLabel = "metafence.io/probe";

    public const string ContainerName = "probe";

    /// <summary>A non-root uid (the distroless "nonroot" one); any non-zero uid satisfies restricted.</summary>
    public const long RunAsUser = 65532;

    public const string CpuRequest = "10m";

    public const string CpuLimit = "100m";

    public const string MemoryRequest = "16Mi";

    public const string MemoryLimit = "64Mi";

    public static string Name(string ns, string runId)
    {
        ArgumentNullException.ThrowIfNull(ns);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(ns));
        return string.Create(CultureInfo.InvariantCulture, $"metafence-probe-{Convert.ToHexStringLower(hash, 0, 4)}-{runId}");
    }

    /// <summary>
    /// The pod's labels: the workload's (so the same policies select it), then the run label; the
    /// managed-by label is added unless the workload sets its own, which is kept so that selectors
    /// on it still match (the run label alone finds the pod again).
    /// </summary>
    public static ImmutableArray<KeyValuePair<string, string>> Labels(string runId, IEnumerable<KeyValuePair<string, string>> workload)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in workload)
        {
            labels[key] = value;
        }

        labels.TryAdd(ManagedByLabel, ManagedByValue);
        labels[RunLabel] = runId;
        return [.. labels];
    }

    public static ProbePodPlan Plan(string ns, string runId, string image, string script, int deadlineSeconds,
        IEnumerable<KeyValuePair<string, string>>? workloadLabels = null, string? standsFor = null) => new()
        {
            Namespace = ns,
            Name = Name(ns, runId),
            RunId = runId,
            Labels = Labels(runId, workloadLabels ?? []),
            Image = image,
            Script = script,
            ActiveDeadlineSeconds = deadlineSeconds,
            StandsFor = standsFor,
        };
}
