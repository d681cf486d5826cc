namespace MetaFence.Sources.Conversion.Admin;

/// <summary>Which rule list is read: egress rules are evaluated, ingress rules only validated.</summary>
internal enum AdminDirection
{
    Egress,
    Ingress,
}
