using System.Text;

namespace MetaFence.Cli.Verify;

/// <summary>Run ids: 8 base-36 characters from a clock reading and a seed, valid in pod names and label values.</summary>
internal static class RunIds
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string Create(DateTimeOffset now, int seed)
    {
        var value = ((ulong)now.ToUnixTimeMilliseconds() * 2654435761UL) ^ (uint)seed;
        var text = new StringBuilder(8);
        for (var i = 0; i < 8; i++)
        {
            text.Append(Digits[(int)(value % 36)]);
            value /= 36;
        }

        return text.ToString();
    }
}
