using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace MetaFence.Core.Evaluation;

/// <summary>
/// Equal for two subjects whose verdicts are equal for every destination neither of them owns:
/// a verdict depends on the subject only through the policies that apply to it, its
/// host-network setting (rules 1, 2, 6, 15, 46), its namespace when a resource could not be
/// read (what could not be read there, decision 0004; empty otherwise), whether the network plugin enforces on its node (the dataplane), and its own
/// addresses (rule 52), which <see cref="EgressEngine.VerdictKey"/> leaves to the caller. Policies compare by reference:
/// the engine hands out the snapshot's own objects.
/// </summary>
public sealed class VerdictKey : IEquatable<VerdictKey>
{
    private readonly bool _hostNetwork;
    private readonly string _namespace;
    private readonly string? _unprotected;
    private readonly ImmutableArray<object> _policies;
    private readonly int _hash;

    internal VerdictKey(bool hostNetwork, string ns, string? unprotected, ImmutableArray<object> policies)
    {
        (_hostNetwork, _namespace, _unprotected, _policies) = (hostNetwork, ns, unprotected, policies);
        var hash = new HashCode();
        hash.Add(hostNetwork);
        hash.Add(ns, StringComparer.Ordinal);
        foreach (var policy in policies)
        {
            hash.Add(RuntimeHelpers.GetHashCode(policy));
        }

        _hash = hash.ToHashCode();
    }

    public bool Equals(VerdictKey? other)
    {
        if (other is null || other._hash != _hash || other._hostNetwork != _hostNetwork || other._policies.Length != _policies.Length
            || !string.Equals(other._namespace, _namespace, StringComparison.Ordinal)
            || !string.Equals(other._unprotected, _unprotected, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < _policies.Length; i++)
        {
            if (!ReferenceEquals(_policies[i], other._policies[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as VerdictKey);

    public override int GetHashCode() => _hash;
}
