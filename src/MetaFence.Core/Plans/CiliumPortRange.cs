using MetaFence.Core.Net;

namespace MetaFence.Core.Plans;

/// <summary>A <c>toPorts</c> port: <see cref="First"/> (<c>port</c>) to <see cref="Last"/> (<c>endPort</c>) of one protocol.</summary>
public readonly record struct CiliumPortRange(Protocol Protocol, int First, int Last);
