using System.Diagnostics;
using System.Text;
using MetaFence.Sources.Files;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Files;

public class LargeInputTests
{
    private const int MinimumBytes = 50 * 1024 * 1024;

    [Fact]
    public void Should_load_every_other_item_quickly_When_a_50_MB_dump_holds_one_broken_item()
    {
        // Given: a kubectl-style List of pods (about 2 KB each) over 50 MB; one has a bad port.
        using var folder = new TempFolder();
        var (path, count, broken) = WriteDump(folder);
        Assert.True(new FileInfo(path).Length >= MinimumBytes);

        // When
        var watch = Stopwatch.StartNew();
        var result = ManifestLoader.Load([path], new LoadOptions());
        watch.Stop();

        // Then: every other pod is there, the broken one is named, and it took seconds, not minutes.
        Assert.Equal(count - 1, result.Snapshot.Pods.Length);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(
            $"{path}: document 1: items[{broken}].spec.containers[0].ports[0].containerPort: \"http\" is not an integer; expected a whole number",
            diagnostic.ToString());
        Assert.Equal(3 + (broken * 3) + 1, diagnostic.Location.Line);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"loading took {watch.Elapsed}");
    }

    private static (string Path, int Count, int Broken) WriteDump(TempFolder folder)
    {
        var padding = new string('x', 1800);
        var text = new StringBuilder(MinimumBytes + (1 << 20));
        text.Append("{\"apiVersion\": \"v1\",\n\"items\": [\n");
        var count = 0;
        var broken = -1;
        while (text.Length < MinimumBytes)
        {
            var port = count == 12_345 ? "\"http\"" : "8080";
            broken = count == 12_345 ? count : broken;
            text.Append(count == 0 ? "" : ",\n")
                .Append("{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"pod-").Append(count)
                .Append("\", \"namespace\": \"ns-").Append(count % 50).Append("\", \"labels\": {\"app\": \"a").Append(count % 300)
                .Append("\"}, \"annotations\": {\"note\": \"").Append(padding).Append("\"}},\n")
                .Append("\"spec\": {\"nodeName\": \"node-1\", \"containers\": [{\"name\": \"c\", \"ports\": [{\"containerPort\": ").Append(port).Append("}]}]},\n")
                .Append("\"status\": {\"phase\": \"Running\", \"podIP\": \"10.").Append(count / 65536 % 256).Append('.').Append(count / 256 % 256).Append('.').Append(count % 256).Append("\"}}");
            count++;
        }

        text.Append("\n],\n\"kind\": \"List\",\n\"metadata\": {\"resourceVersion\": \"\"}}\n");
        return (folder.Write("dump.json", text.ToString()), count, broken);
    }
}
