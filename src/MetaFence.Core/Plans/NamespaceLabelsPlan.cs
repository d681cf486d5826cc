using System.Collections.Immutable;

namespace MetaFence.Core.Plans;

/// <summary>A Namespace object carrying labels to add (Pod Security Admission); other labels are left alone by <c>kubectl apply</c>.</summary>
public sealed record NamespaceLabelsPlan : PlannedObject
{
    /// <summary>Sorted by key.</summary>
    public required ImmutableArray<KeyValuePair<string, string>> Labels { get; init; }
}
