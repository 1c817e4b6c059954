using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;
using ReportBuilder.Templating;
namespace ReportBuilder.Html.Tests;
public class Scratch
{
    [Fact]
    public void Dump()
    {
        var load = ReportFolderLoader.Load(RepositoryPaths.Combine("data", "lincolnshire-2023"));
        Assert.True(load.Succeeded, string.Join("\n", load.Diagnostics.Sorted()));
        var bag = new DiagnosticBag();
        var rendered = new ReportRenderer(RepositoryPaths.Combine("templates")).RenderMarkdown(load.Report!, load.Score!, bag);
        Assert.True(rendered is not null, string.Join("\n", bag.Sorted()));
        HtmlEdition.Write(rendered!, "/tmp/linc-edition");
    }
}
