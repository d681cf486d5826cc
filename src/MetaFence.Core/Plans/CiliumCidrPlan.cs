using System.Collections.Immutable;
using MetaFence.Core.Net;

namespace MetaFence.Core.Plans;

/// <summary>A <c>toCIDRSet</c> entry: <see cref="Cidr"/> minus <see cref="Except"/>, and why it is denied.</summary>
public sealed record CiliumCidrPlan(Cidr Cidr, ImmutableArray<Cidr> Except, string Why);
