using MetaFence.Core.Selectors;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary><c>spec.subject</c> to <see cref="AdminSubject"/>: exactly one of namespaces or pods (rule 46).</summary>
internal static class AdminSubjects
{
    private const string Path = "spec.subject";

    public static AdminSubject? Convert(AdminSubjectSpec? subject, AdminFlavor flavor, ObjectProblems problems)
    {
        if (subject is null || (subject.Namespaces is null) == (subject.Pods is null))
        {
            var problem = subject is null ? "the subject is missing" : subject.Namespaces is null ? "the subject sets neither namespaces nor pods" : "the subject sets both namespaces and pods";
            problems.Reject(Path, "46", $"{problem}; expected exactly one of namespaces or pods");
            return null;
        }

        if (subject.Namespaces is { } namespaces)
        {
            return AdminSubject.OfNamespaces(SelectorConverter.Convert(namespaces, Path + ".namespaces", problems));
        }

        return Pods(subject.Pods, Path + ".pods", flavor, "46", problems) is var (ns, pods) ? AdminSubject.OfPods(ns, pods) : null;
    }

    /// <summary>
    /// <c>pods</c>: <c>podSelector</c> is required; <c>namespaceSelector</c> too in v1alpha1, optional
    /// (<c>{}</c>) in v1alpha2. Shared with peers.
    /// </summary>
    public static (LabelSelector Namespaces, LabelSelector Pods)? Pods(NamespacedPodSpec? pods, string path, AdminFlavor flavor, string rule, ObjectProblems problems)
    {
        var missing = pods?.PodSelector is null ? "podSelector"
            : pods.NamespaceSelector is null && !flavor.IsV1Alpha2 ? "namespaceSelector"
            : null;
        if (pods is null || missing is not null)
        {
            var field = missing ?? "podSelector";
            problems.Reject(FieldPath.Join(path, field), rule, $"the {field} is missing; expected a selector ({{}} selects all)");
            return null;
        }

        return (SelectorConverter.Convert(pods.NamespaceSelector, path + ".namespaceSelector", problems),
            SelectorConverter.Convert(pods.PodSelector, path + ".podSelector", problems));
    }
}
