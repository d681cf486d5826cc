using System.Collections.Immutable;
using CsCheck;
using MetaFence.Core.Net;
using MetaFence.Core.Selectors;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Evaluation;

/// <summary>Random selectors, CIDRs, ports and destinations, and the CsCheck draws under them.</summary>
internal sealed partial class RandomWorld
{
    private static readonly string[] FixedCidrs =
    [
        "0.0.0.0/0", "::/0", "169.254.0.0/16", "169.254.169.254/32", "10.0.0.0/8", "10.1.0.0/16",
        "fd00:ec2::/32", "fd00:ec2::254/128", "fd00::/8", "100.64.0.0/10",
    ];

    private static readonly int[] V6Prefixes = [8, 16, 32, 48, 64, 96, 112, 120, 127, 128];

    private LabelSelector NamespaceSelector()
    {
        if (Chance(25))
        {
            return LabelSelector.Everything;
        }

        // Rule 16: namespace selectors often name the namespace.
        return Chance(30) ? Selector([NamespaceInfo.NameLabel], NamespaceNames) : Selector(NamespaceKeys);
    }

    private LabelSelector Selector(string[] keys, string[]? values = null)
    {
        var requirements = ImmutableArray.CreateBuilder<Requirement>();
        for (var i = 0; i < Int(1, 2); i++)
        {
            var key = Pick(keys);
            var op = Draw(Gen.Frequency(
                (45, Gen.Const(SelectorOperator.In)), (20, Gen.Const(SelectorOperator.NotIn)),
                (20, Gen.Const(SelectorOperator.Exists)), (15, Gen.Const(SelectorOperator.DoesNotExist))));
            var chosen = op is SelectorOperator.In or SelectorOperator.NotIn
                ? Many(1, 2, () => Pick(values ?? Values)).Distinct().ToImmutableArray()
                : [];
            requirements.Add(new Requirement(key, op, chosen));
        }

        return new LabelSelector(requirements.ToImmutable());
    }

    /// <summary>Rules 20, 21: cidr minus 0–2 excepts, each strictly inside the cidr and of its family.</summary>
    private (IpSet Set, string Text) IpBlock()
    {
        var cidr = Cidr();
        var set = IpSet.Of(cidr);
        var excepts = new List<Cidr>();
        if (cidr.PrefixLength < cidr.Network.Bits)
        {
            for (var i = 0; i < Draw(Gen.Frequency((50, Gen.Const(0)), (35, Gen.Const(1)), (15, Gen.Const(2)))); i++)
            {
                var inside = AddressIn(cidr);
                var prefix = Int(cidr.PrefixLength + 1, cidr.Network.Bits);
                var except = Network(inside, prefix);
                excepts.Add(except);
                set = set.Except(IpSet.Of(except));
            }
        }

        _cidrs.Add(cidr);
        _cidrs.AddRange(excepts);
        var text = excepts.Count == 0 ? cidr.ToString() : $"{cidr} except {string.Join(", ", excepts)}";
        return (set, text);
    }

    private Cidr Cidr()
    {
        if (Chance(35))
        {
            var text = Pick(FixedCidrs);
            return MetaFence.Core.Net.Cidr.TryParse(text, out var fixedCidr, out _) ? fixedCidr : throw new FormatException(text);
        }

        var around = Pick(_addresses);
        var prefix = around.Family == IpFamily.V4 ? Pick([8, 16, 24, 28, 31, 32]) : Pick(V6Prefixes);
        return Network(around, prefix);
    }

    private static Cidr Network(IpAddress address, int prefix)
    {
        var hostBits = address.Bits - prefix;
        var hostMask = hostBits == 0 ? UInt128.Zero : hostBits == 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - 1;
        return new Cidr(address with { Value = address.Value & ~hostMask }, prefix);
    }

    /// <summary>An address of the cidr: a known one when some lies inside, else random.</summary>
    private IpAddress AddressIn(Cidr cidr)
    {
        var known = _addresses.Where(a => Network(a, cidr.PrefixLength) == cidr).ToList();
        if (known.Count > 0 && Chance(50))
        {
            return Pick(known);
        }

        var hostBits = cidr.Network.Bits - cidr.PrefixLength;
        var hostMask = hostBits == 0 ? UInt128.Zero : hostBits == 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - 1;
        return cidr.Network with { Value = cidr.Network.Value | (_pcg.Next128() & hostMask) };
    }

    private PortMatch PortMatch(bool namedAllowed)
    {
        var protocol = RandomProtocol();
        var kind = Int(0, 99);
        if (kind < 15)
        {
            return new PortMatch(protocol);
        }

        if (kind < 60 || (!namedAllowed && kind >= 80))
        {
            return Remember(new PortMatch(protocol, Chance(80) ? Pick(CommonPorts) : Int(1, 65535)));
        }

        if (kind < 80)
        {
            var start = Pick([1, 50, 80, 1000, 8000, 65000]);
            return Remember(new PortMatch(protocol, start, Math.Min(65535, start + Pick([0, 1, 10, 1000, 60000]))));
        }

        return new PortMatch(protocol, NamedPort: Pick([.. PortNames, "nope"]));
    }

    private Protocol RandomProtocol() => Draw(Gen.Frequency((55, Gen.Const(Protocol.TCP)), (30, Gen.Const(Protocol.UDP)), (15, Gen.Const(Protocol.SCTP))));

    private static IpAddress Parse(string text) =>
        IpAddress.TryParse(text, out var address) ? address : throw new FormatException(text);

    private T Draw<T>(Gen<T> gen) => gen.Generate(_pcg, null!, out _);

    private int Int(int min, int max) => Draw(Gen.Int[min, max]);

    private bool Chance(int percent) => Int(0, 99) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[Int(0, items.Count - 1)];

    private ImmutableArray<T> Many<T>(int min, int max, Func<T> next)
    {
        var count = Int(min, max);
        var result = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
        {
            result.Add(next());
        }

        return result.ToImmutable();
    }
}
