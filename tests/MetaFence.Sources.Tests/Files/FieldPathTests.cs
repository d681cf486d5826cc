using MetaFence.Sources.Files;

namespace MetaFence.Sources.Tests.Files;

public class FieldPathTests
{
    [Theory]
    [InlineData("", "spec", "spec")]
    [InlineData("spec", "replicas", "spec.replicas")]
    [InlineData("metadata.labels", "app.kubernetes.io/name", "metadata.labels['app.kubernetes.io/name']")]
    [InlineData("", "a b", "['a b']")]
    public void Should_write_paths_as_system_text_json_does_When_adding_a_property(string parent, string name, string path) =>
        Assert.Equal(path, FieldPath.Property(parent, name));

    [Theory]
    [InlineData("$", "")]
    [InlineData("$.spec.replicas", "spec.replicas")]
    [InlineData("$['a.b'].c", "['a.b'].c")]
    [InlineData("$[0].a", "[0].a")]
    public void Should_drop_the_root_When_reading_a_json_exception_path(string jsonPath, string path) =>
        Assert.Equal(path, FieldPath.FromJsonPath(jsonPath));

    [Fact]
    public void Should_split_into_names_and_indexes_When_parsing()
    {
        var segments = FieldPath.Parse("items[3].metadata.labels['app.kubernetes.io/name']");

        Assert.Equal(
            [new PathSegment("items", 0), new PathSegment(null, 3), new PathSegment("metadata", 0), new PathSegment("labels", 0), new PathSegment("app.kubernetes.io/name", 0)],
            segments);
    }
}
