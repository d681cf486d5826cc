namespace MetaFence.Core.Plans;

/// <summary><c>--level</c>: the Pod Security Standard enforced; both forbid <c>hostNetwork</c>.</summary>
public enum PodSecurityLevel
{
    Baseline,
    Restricted,
}
