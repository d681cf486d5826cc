using System.Text;

namespace MetaFence.Cli.Output;

/// <summary>
/// Writes a file through a temporary file in the same folder and a rename, so readers see the
/// old file or the whole new one, never a partial one (STYLE §5). The temporary file is removed
/// when writing fails.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write) => WriteStream(path, stream =>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        writer.NewLine = "\n";
        write(writer);
        writer.Flush();
    });

    /// <summary>The same, for writers of bytes (JSON dumps).</summary>
    public static void WriteStream(string path, Action<Stream> write)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? throw new IOException($"{path} has no parent folder");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the folder {folder} does not exist");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
