using System.Diagnostics;
using System.Text.Json;

namespace MetaFence.Sources.Files;

/// <summary>
/// A JSON text read through one reusable buffer: <see cref="Reader"/> resumes at the last
/// checkpoint, <see cref="Refill"/> keeps what is not yet consumed (a token cut by the buffer's
/// end) and reads on, doubling the buffer only when one value needs more. Every byte is checked
/// to be text before a reader sees it, and lines are counted as the checkpoint passes them.
/// </summary>
internal sealed class JsonWindow
{
    private const int MinimumSize = 16;
    private readonly Stream _stream;
    private readonly LineCounter _lines = new();
    private byte[] _buffer;
    private int _start;   // the checkpoint: bytes before it are consumed
    private int _checked; // bytes before it are known to be text and shown to readers
    private int _filled;  // bytes before it were read from the stream
    private long _base;   // the text offset of _buffer[0]
    private int _bom;     // bytes of a UTF-8 byte order mark at the start of the stream
    private bool _eof;

    public JsonWindow(Stream stream, int bufferSize)
    {
        _stream = stream;
        _buffer = new byte[Math.Max(bufferSize, MinimumSize)];
        State = new JsonReaderState(JsonInput.ReaderOptions);
        while (_filled < InputDecoder.Utf8Bom.Length && Read() > 0)
        {
        }

        if (_buffer.AsSpan(0, _filled).StartsWith(InputDecoder.Utf8Bom))
        {
            _bom = InputDecoder.Utf8Bom.Length;
            _start = _bom;
            _base = -_bom;
        }

        _checked = _start;
        Check();
    }

    /// <summary>The reader state at the checkpoint.</summary>
    public JsonReaderState State { get; private set; }

    /// <summary>True once anything but whitespace was seen: a file without it is empty.</summary>
    public bool HasContent { get; private set; }

    /// <summary>True when the reader sees the rest of the input (so it reports a cut value as an error).</summary>
    public bool IsFinal => _eof && _checked == _filled;

    /// <summary>The buffer, valid until the next refill.</summary>
    public byte[] Buffer => _buffer;

    /// <summary>A reader over everything read and checked from the checkpoint on.</summary>
    public Utf8JsonReader Reader() => new(_buffer.AsSpan(_start, _checked - _start), IsFinal, State);

    /// <summary>Moves the checkpoint past what <paramref name="reader"/> (made by <see cref="Reader"/>) consumed.</summary>
    public void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        State = reader.CurrentState;
    }

    /// <summary>The checkpoint, to come back to with <see cref="Rewind"/>.</summary>
    public JsonCheckpoint Save() => new(_base + _start, State, LineAt(0));

    /// <summary>The text offset of a reader's offset.</summary>
    public long Offset(long readerOffset) => _base + _start + readerOffset;

    /// <summary>The index in <see cref="Buffer"/> of a reader's offset.</summary>
    public int IndexOf(long readerOffset) => _start + (int)readerOffset;

    /// <summary>The 1-based line of a reader's offset; offsets are asked in (mostly) increasing order.</summary>
    public int LineAt(long readerOffset) => _lines.LineAt(_base + _start + readerOffset, _buffer.AsSpan(0, _checked), _base);

    /// <summary>Reads more after a reader ran out of bytes; throws <see cref="BinaryInputException"/> on non-text.</summary>
    public void Refill()
    {
        if (_eof)
        {
            throw new UnreachableException("a final JSON reader ran out of bytes without an error");
        }

        LineAt(0);
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _filled - _start).CopyTo(_buffer);
            (_base, _checked, _filled, _start) = (_base + _start, _checked - _start, _filled - _start, 0);
        }

        if (_filled == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        Read();
        Check();
    }

    /// <summary>Goes back to <paramref name="checkpoint"/>, reading the stream again if the buffer no longer holds it.</summary>
    public void Rewind(JsonCheckpoint checkpoint)
    {
        if (checkpoint.Offset >= _base)
        {
            _start = (int)(checkpoint.Offset - _base);
        }
        else
        {
            _stream.Seek(checkpoint.Offset + _bom, SeekOrigin.Begin);
            (_base, _start, _checked, _filled, _eof) = (checkpoint.Offset, 0, 0, 0, false);
        }

        State = checkpoint.State;
        _lines.Reset(checkpoint.Offset, checkpoint.Line);
    }

    /// <summary>The length of the text and any byte order mark (0 when the stream cannot tell).</summary>
    public long Length => _stream.CanSeek ? _stream.Length - _bom : 0;

    /// <summary>Bytes of a UTF-8 byte order mark before the text in the stream.</summary>
    public int Bom => _bom;

    /// <summary>Says that the stream's first byte is at text offset <paramref name="offset"/>, on line <paramref name="line"/>.</summary>
    public void Place(long offset, int line)
    {
        _base = offset - _start;
        _lines.Reset(offset, line);
    }

    /// <summary>Continues at text offset <paramref name="offset"/> (line <paramref name="line"/>) in the same reader state, skipping what is between.</summary>
    public void JumpTo(long offset, int line)
    {
        _stream.Seek(offset + _bom, SeekOrigin.Begin);
        (_base, _start, _checked, _filled, _eof) = (offset, 0, 0, 0, false);
        _lines.Reset(offset, line);
        Read();
        Check();
    }

    /// <summary>Checks the rest of the input (after malformed JSON): a binary file is reported as binary.</summary>
    public void CheckRest()
    {
        while (!_eof)
        {
            // Nothing is read any more, so lines no longer matter: skip counting them.
            _start = _checked;
            _lines.Reset(_base + _start, 0);
            Refill();
        }
    }

    /// <summary>True when the first character that is not whitespace opens a JSON object or array.</summary>
    public bool StartsLikeJson()
    {
        while (!HasContent && !_eof)
        {
            Refill();
        }

        var text = _buffer.AsSpan(_start, _checked - _start).TrimStart(" \t\r\n"u8);
        return text.Length > 0 && text[0] is (byte)'{' or (byte)'[';
    }

    private int Read()
    {
        var read = _stream.Read(_buffer, _filled, _buffer.Length - _filled);
        _eof = read == 0;
        _filled += read;
        return read;
    }

    /// <summary>Checks the bytes read since the last check, holding back a UTF-8 sequence the next read may complete.</summary>
    private void Check()
    {
        var fresh = _buffer.AsSpan(_checked, _filled - _checked);
        fresh = fresh[..(fresh.Length - (_eof ? 0 : InputDecoder.IncompleteTail(fresh)))];
        var bad = InputDecoder.FirstBinary(fresh);
        if (bad >= 0)
        {
            throw new BinaryInputException(InputDecoder.BinaryProblem(fresh[bad], _bom + _base + _checked + bad));
        }

        HasContent |= fresh.IndexOfAnyExcept(" \t\r\n"u8) >= 0;
        _checked += fresh.Length;
    }
}
