using MetaFence.Imds.Http;

namespace MetaFence.Imds.Emulator;

/// <summary>One provider's metadata API: a pure function of the request (and the clock), no I/O.</summary>
public interface IMetadataService
{
    /// <summary>The <c>Server</c> header the real service sends.</summary>
    string ServerName { get; }

    MetadataResponse Handle(MetadataRequest request);
}
