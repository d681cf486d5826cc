namespace MetaFence.Imds.Http;

/// <summary>A request the emulator cannot read: answered with <see cref="Status"/>, then the connection closes.</summary>
internal sealed class MalformedRequestException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
