namespace MetaFence.Testing.World;

/// <summary>A NetworkPolicy's <c>policyTypes</c> after defaulting (rules 3–5).</summary>
[Flags]
public enum PolicyTypes
{
    Ingress = 1,
    Egress = 2,
    Both = Ingress | Egress,
}
