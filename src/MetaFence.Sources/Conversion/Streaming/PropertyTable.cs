using System.Numerics;
using System.Text;
using System.Text.Json;

namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>
/// The fields of a model class by their UTF-8 JSON names, found without decoding the name: an open
/// addressing table hashed on length and three bytes. Tracked fields carry a bit for telling a
/// second copy of the field apart.
/// </summary>
internal sealed class PropertyTable
{
    private const int MaxEscapedName = 256;
    private readonly Entry?[] _slots;

    public PropertyTable(IEnumerable<(string Name, SchemaNode Node)> properties)
    {
        var list = properties.ToList();
        _slots = new Entry?[Math.Max(4, (int)BitOperations.RoundUpToPowerOf2((uint)list.Count * 2))];
        var bit = 0;
        foreach (var (name, node) in list)
        {
            var entry = new Entry(Encoding.UTF8.GetBytes(name), node, node.IsTracked ? 1UL << bit++ : 0);
            var slot = Hash(entry.Name) & (_slots.Length - 1);
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = entry;
        }

        if (bit > 64)
        {
            throw new InvalidOperationException("more than 64 tracked fields in one object");
        }
    }

    /// <summary>
    /// Finds the field named by the property name <paramref name="reader"/> is on (null: not a
    /// field of the model); false when an escaped name cannot be decoded.
    /// </summary>
    public bool TryFind(ref Utf8JsonReader reader, out Entry? entry)
    {
        entry = null;
        if (!reader.ValueIsEscaped)
        {
            entry = Find(reader.ValueSpan);
            return true;
        }

        Span<byte> name = stackalloc byte[MaxEscapedName];
        if (reader.ValueSpan.Length > MaxEscapedName || !ValueCheck.TryCopy(ref reader, name, out var length))
        {
            return false;
        }

        entry = Find(name[..length]);
        return true;
    }

    private Entry? Find(ReadOnlySpan<byte> name)
    {
        var slot = Hash(name) & (_slots.Length - 1);
        while (_slots[slot] is { } entry)
        {
            if (name.SequenceEqual(entry.Name))
            {
                return entry;
            }

            slot = (slot + 1) & (_slots.Length - 1);
        }

        return null;
    }

    private static int Hash(ReadOnlySpan<byte> name) =>
        name.IsEmpty ? 0 : (name.Length * 31) ^ (name[0] * 7) ^ (name[^1] << 5) ^ (name[name.Length / 2] << 9);

    /// <summary>One field: its UTF-8 name, its schema, and its bit when tracked (0 otherwise).</summary>
    internal sealed record Entry(byte[] Name, SchemaNode Node, ulong Bit);
}
