using MetaFence.Sources.Live;
using Spectre.Console;

namespace MetaFence.Cli.Output;

/// <summary>
/// Shows, on stderr, one line per resource being listed with its item count while a live read
/// runs, and clears it at the end. Only on an interactive terminal: on a pipe, a file or in tests
/// nothing is drawn, so logs stay clean.
/// </summary>
internal static class LiveProgressDisplay
{
    /// <summary>True when <paramref name="console"/> is an interactive terminal on an unredirected stderr.</summary>
    public static bool IsTerminal(IAnsiConsole console) => console.Profile.Capabilities.Interactive && !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="read"/>, handing it a progress callback only when <paramref name="terminal"/>.</summary>
    public static async Task<T> RunAsync<T>(IAnsiConsole console, bool terminal, Func<Action<LiveProgress>?, Task<T>> read)
    {
        if (!terminal)
        {
            return await read(null).ConfigureAwait(false);
        }

        return await console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<LiveResource, ProgressTask>();
                var gate = new Lock();
                return await read(progress =>
                {
                    lock (gate)
                    {
                        if (!tasks.TryGetValue(progress.Resource, out var task))
                        {
                            task = context.AddTask(progress.Resource.Name, autoStart: true, maxValue: 1);
                            task.IsIndeterminate = true;
                            tasks[progress.Resource] = task;
                        }

                        task.Description = Describe(progress);
                        if (progress.State != LiveProgressState.Listing)
                        {
                            task.IsIndeterminate = false;
                            task.Value = task.MaxValue;
                            task.StopTask();
                        }
                    }
                }).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    private static string Describe(LiveProgress progress) => progress.State switch
    {
        LiveProgressState.Listing => Markup.Escape($"{progress.Resource.Name}: {progress.Items} …"),
        LiveProgressState.Done => Markup.Escape($"{progress.Resource.Name}: {progress.Items}"),
        LiveProgressState.Refused => Markup.Escape($"{progress.Resource.Name}: refused (403)"),
        LiveProgressState.Vanished => Markup.Escape($"{progress.Resource.Name}: not served"),
        _ => throw new System.Diagnostics.UnreachableException($"progress state {progress.State}"),
    };
}
