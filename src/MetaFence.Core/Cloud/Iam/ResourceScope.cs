namespace MetaFence.Core.Cloud.Iam;

/// <summary>Which grants a <see cref="CapabilityRule"/> counts, by the resources granted.</summary>
public enum ResourceScope
{
    /// <summary>Any resource.</summary>
    Any,

    /// <summary>Only grants that reach every resource (<c>*</c>, or <c>NotResource</c>).</summary>
    Everything,

    /// <summary>Only grants limited to named resources.</summary>
    Named,
}
