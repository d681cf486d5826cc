using System.Diagnostics;
using MetaFence.Imds.Emulator.Aws;
using MetaFence.Imds.Emulator.Azure;
using MetaFence.Imds.Emulator.Gcp;

namespace MetaFence.Imds.Emulator;

/// <summary>Picks the metadata service for <see cref="EmulatorOptions.Provider"/>.</summary>
public static class MetadataServices
{
    public static IMetadataService Create(EmulatorOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            CloudProvider.Aws => new AwsMetadataService(options, time),
            CloudProvider.Gcp => new GcpMetadataService(options, time),
            CloudProvider.Azure => new AzureMetadataService(options, time),
            _ => throw new UnreachableException($"provider {options.Provider}"),
        };
    }
}
