using ReportBuilder.Data.Loading;

namespace ReportBuilder.Data.Tests;

/// <summary>The one finder of template sets, which build, new, templates and the archive share.</summary>
public sealed class TemplateLocatorTests : IDisposable
{
    private readonly TempFolder _temp = new("rb-locator");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void List_GivesEachSetInOrder_AndABrokenManifestsPlace()
    {
        var root = _temp.CopyIn(Repository.Templates, "templates");
        var broken = Path.Combine(root, "zz-broken", "1");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, TemplateLocator.ManifestName), "id: zz-broken\nframework: [x\n");
        Directory.CreateDirectory(Path.Combine(root, "no-manifest", "1"));

        var entries = TemplateLocator.List(root);

        Assert.Equal(entries.Select(e => e.Id).Order(StringComparer.Ordinal), entries.Select(e => e.Id));
        Assert.DoesNotContain(entries, e => e.Id == "no-manifest");
        Assert.Contains(entries, e => e is { Id: "hmip-youth-2021", Version: "1", Framework: "hmip-youth-2021", Problem: null });
        var bad = Assert.Single(entries, e => e.Id == "zz-broken");
        Assert.Null(bad.Framework);
        Assert.Matches(@"^template\.yaml:\d+:\d+: YAML syntax error: ", bad.Problem);
    }

    [Theory]
    [InlineData("..", "1")]
    [InlineData("hmip-youth-2021", "..")]
    [InlineData("../templates", "hmip-youth-2021")]
    [InlineData("hmip-youth-2021/1", "..")]
    [InlineData("", "1")]
    public void FolderOf_RefusesNamesThatAreNotOneSegment(string id, string version) =>
        Assert.Null(TemplateLocator.FolderOf(Repository.Templates, id, version));

    [Fact]
    public void FolderOf_FindsAnExistingSet_AndNotAMissingOne()
    {
        Assert.Equal(Path.Combine(Repository.Templates, "hmip-youth-2021", "1"), TemplateLocator.FolderOf(Repository.Templates, "hmip-youth-2021", "1"));
        Assert.Null(TemplateLocator.FolderOf(Repository.Templates, "hmip-youth-2021", "99"));
    }

    [Fact]
    public void FindTemplatesRoot_IsTheNearestTemplatesFolderAboveTheReport()
    {
        var root = _temp.CopyIn(Repository.Templates, "templates");
        var report = Path.Combine(_temp.Path, "archive", "2023", "report");
        Directory.CreateDirectory(report);
        Assert.Equal(Path.GetFullPath(root), TemplateLocator.FindTemplatesRoot(report, "/"));
    }
}
