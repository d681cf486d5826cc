namespace MetaFence.Imds.Emulator;

/// <summary>The metadata services the emulator imitates.</summary>
public enum CloudProvider
{
    Aws,
    Gcp,
    Azure,
}
