using System.Globalization;
using MetaFence.Core.Net;

namespace MetaFence.Core.Catalog;

/// <summary>A port and protocol an endpoint listens on.</summary>
public readonly record struct ServicePort(int Number, Protocol Protocol)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number}/{Protocol}");
}
