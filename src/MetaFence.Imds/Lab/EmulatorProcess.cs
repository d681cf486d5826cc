using System.Diagnostics;

namespace MetaFence.Imds.Lab;

/// <summary>
/// <c>metafence imds serve</c> running inside a lab namespace. <see cref="Start"/> returns once it
/// says it listens (a bounded wait on its stderr, no sleeping), or throws with what it printed.
/// Dispose kills it (this process started it; it is killed by its own handle, nothing broader).
/// </summary>
public sealed class EmulatorProcess : IDisposable
{
    public static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly List<string> _stderr = [];
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private EmulatorProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Everything it printed on stderr so far: its request log.</summary>
    public string Log
    {
        get
        {
            lock (_stderr)
            {
                return string.Join("\n", _stderr);
            }
        }
    }

    public static EmulatorProcess Start(string ns, IReadOnlyList<string> command)
    {
        var start = new ProcessStartInfo("ip")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["netns", "exec", ns, .. command])
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var emulator = new EmulatorProcess(process);
        process.ErrorDataReceived += (_, e) => emulator.OnLine(e.Data);
        process.Exited += (_, _) =>
        {
            process.WaitForExit(); // drains stderr, so the message shows all it said
            emulator._listening.TrySetException(new LabException($"the emulator exited ({process.ExitCode}):\n{emulator.Log}"));
        };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            if (!emulator._listening.Task.Wait(StartLimit))
            {
                throw new LabException($"the emulator did not listen within {StartLimit.TotalSeconds}s:\n{emulator.Log}");
            }
        }
        catch (AggregateException e) when (e.InnerException is LabException inner)
        {
            emulator.Dispose();
            throw inner;
        }
        catch
        {
            emulator.Dispose();
            throw;
        }

        return emulator;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // It never started.
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stderr)
        {
            _stderr.Add(line);
        }

        if (line.Contains(" listening on ", StringComparison.Ordinal))
        {
            _listening.TrySetResult();
        }
    }
}
