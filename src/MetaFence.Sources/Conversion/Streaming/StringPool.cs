using System.Text;
using System.Text.Json;

namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>
/// One string instance per distinct value (namespaces, label keys and values, node and owner
/// names repeat across thousands of pods), found by the UTF-8 bytes the reader holds, so that a
/// repeated value costs a hash and a compare: no decoding, no allocation.
/// </summary>
internal sealed class StringPool
{
    private Entry?[] _slots = new Entry?[1024];
    private int _count;
    private byte[] _unescaped = new byte[256];

    /// <summary>The value of the string or property name the reader is on (it must decode: see <see cref="ValueCheck.IsDecodable"/>).</summary>
    public string Intern(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Intern(reader.ValueSpan);
        }

        if (_unescaped.Length < reader.ValueSpan.Length)
        {
            _unescaped = new byte[Math.Max(reader.ValueSpan.Length, _unescaped.Length * 2)];
        }

        return Intern(_unescaped.AsSpan(0, reader.CopyString(_unescaped)));
    }

    /// <summary>The string of the UTF-8 text <paramref name="utf8"/>.</summary>
    public string Intern(ReadOnlySpan<byte> utf8)
    {
        var hash = Hash(utf8);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            if (_slots[slot] is not { } entry)
            {
                return Add(utf8, hash);
            }

            if (entry.Hash == hash && utf8.SequenceEqual(entry.Utf8))
            {
                return entry.Value;
            }
        }
    }

    private string Add(ReadOnlySpan<byte> utf8, int hash)
    {
        if (++_count * 2 > _slots.Length)
        {
            var old = _slots;
            _slots = new Entry?[old.Length * 2];
            foreach (var moved in old)
            {
                if (moved is not null)
                {
                    Place(moved);
                }
            }
        }

        var entry = new Entry(utf8.ToArray(), Encoding.UTF8.GetString(utf8), hash);
        Place(entry);
        return entry.Value;
    }

    private void Place(Entry entry)
    {
        var mask = _slots.Length - 1;
        var slot = entry.Hash & mask;
        while (_slots[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = entry;
    }

    /// <summary>FNV-1a over the bytes, mixed so that the low bits spread.</summary>
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var value in utf8)
        {
            hash = (hash ^ value) * 16777619u;
        }

        return (int)((hash ^ (hash >> 15)) & int.MaxValue);
    }

    private sealed record Entry(byte[] Utf8, string Value, int Hash);
}
