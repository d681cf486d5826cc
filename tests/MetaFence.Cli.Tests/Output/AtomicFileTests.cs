using MetaFence.Cli.Output;

namespace MetaFence.Cli.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("metafence-atomic-").FullName;

    [Fact]
    public void Should_replace_the_file_and_leave_no_temporary_file()
    {
        var path = Path.Combine(_folder, "report.json");
        File.WriteAllText(path, "old");

        AtomicFile.Write(path, w => w.Write("new"));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["report.json"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_keep_the_old_file_and_remove_the_temporary_one_When_rendering_fails()
    {
        var path = Path.Combine(_folder, "report.json");
        File.WriteAllText(path, "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, w =>
        {
            w.Write("half");
            throw new InvalidOperationException("renderer failed");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Should_name_the_missing_folder_When_it_does_not_exist()
    {
        var path = Path.Combine(_folder, "missing", "report.json");

        var error = Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.Write(path, w => w.Write("x")));

        Assert.Equal($"the folder {Path.Combine(_folder, "missing")} does not exist", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
