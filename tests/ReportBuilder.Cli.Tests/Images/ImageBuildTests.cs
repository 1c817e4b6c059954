using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using ReportBuilder.Cli.Tests.Hostile;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Cli.Tests.Images;

/// <summary>
/// Images through the real command line (issue #16): placed in both editions at the size the rule gives, tagged as a
/// Figure with its alternative text, copied into the HTML edition with nothing referenced outside it, the same bytes
/// twice, and a template set's image found in its own folder. The error cases are the hostile corpus's <c>image-*</c>.
/// </summary>
public sealed partial class ImageBuildTests : IDisposable
{
    private readonly HostileFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A 2000×500 image (wider than the text at any resolution) and a 96×48 one declaring 192 dpi, in Lincolnshire's 1.1 findings.</summary>
    private void PlaceTwoImages()
    {
        Directory.CreateDirectory(_folder.PathOf("images"));
        _folder.WriteBytes("images/wide.png", ImageFiles.Png(2000, 500));
        _folder.WriteBytes("images/small.png", ImageFiles.Png(96, 48, dpi: 192));
        _folder.AppendParagraph("standards/1.1.md", "![A wide gradient](images/wide.png)");
        _folder.AppendParagraph("standards/1.1.md", "![A small gradient](images/small.png)");
    }

    private (int Exit, string Output) Build(params string[] extra) =>
        LimitOptionTests.Run(["build", _folder.Report, "--templates", _folder.Templates, .. extra]);

    [Fact]
    public void Pdf_DrawsEachImageWithinTheTextWidth_NeverWiderThanItsNaturalSize()
    {
        PlaceTwoImages();
        var (exit, output) = Build("-o", _folder.Pdf);
        Assert.True(exit is ExitCodes.Success or ExitCodes.Warnings, output);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(_folder.Pdf);
        var placed = pdf.GetPages().SelectMany(p => p.GetImages().Select(i => (Page: p, Image: i))).ToList();
        var wide = Assert.Single(placed, p => p.Image.WidthInSamples == 2000);
        var small = Assert.Single(placed, p => p.Image.WidthInSamples == 96);

        // The wide one is narrowed to the text width: from the body text's left edge to the same margin on the right.
        var text = wide.Page.GetWords().Where(w => w.BoundingBox.Bottom > 100 && w.BoundingBox.Top < wide.Page.Height - 100).ToList();
        var left = text.Min(w => w.BoundingBox.Left);
        Assert.Equal(left, wide.Image.Bounds.Left, 0.5);
        Assert.Equal(wide.Page.Width - left, wide.Image.Bounds.Right, 0.5);
        Assert.True(text.Max(w => w.BoundingBox.Right) <= wide.Image.Bounds.Right + 0.5);
        Assert.Equal(wide.Image.Bounds.Width / 4, wide.Image.Bounds.Height, 1);

        // The small one keeps its natural size: 96 px at 192 dpi is half an inch.
        Assert.Equal(36, small.Image.Bounds.Width, 1);
        Assert.Equal(18, small.Image.Bounds.Height, 1);
    }

    [Fact]
    public void Pdf_TagsEachImageAsAFigureWithItsAlternativeText()
    {
        PlaceTwoImages();
        var (exit, output) = Build("-o", _folder.Pdf);
        Assert.True(exit is ExitCodes.Success or ExitCodes.Warnings, output);

        using var document = PdfReader.Open(_folder.Pdf, PdfDocumentOpenMode.Import);
        var figures = document.Internals.GetAllObjects().OfType<PdfDictionary>()
            .Where(d => d.Elements.GetName("/Type") == "/StructElem" && d.Elements.GetName("/S") == "/Figure")
            .Select(d => d.Elements.GetString("/Alt"))
            .ToList();
        Assert.Contains("A wide gradient", figures);
        Assert.Contains("A small gradient", figures);
        Assert.Contains("HM Inspectorate of Probation", figures); // the cover's logo, from the template set
    }

    [Fact]
    public void HtmlEdition_CarriesEachImage_AndReferencesNothingOutsideItsFolder()
    {
        PlaceTwoImages();
        var edition = Path.Combine(_folder.Out, "edition");
        var (exit, output) = Build("--format", "html", "-o", edition);
        Assert.True(exit is ExitCodes.Success or ExitCodes.Warnings, output);
        var html = File.ReadAllText(Path.Combine(edition, "index.html"));

        var images = Image().Matches(html).ToDictionary(m => m.Groups["alt"].Value, m => m);
        var wide = images["A wide gradient"];
        Assert.Equal(("2000", "500"), (wide.Groups["width"].Value, wide.Groups["height"].Value));
        var small = images["A small gradient"];
        Assert.Equal(("48", "24"), (small.Groups["width"].Value, small.Groups["height"].Value)); // CSS pixels: 96 px at 192 dpi
        Assert.Equal(File.ReadAllBytes(_folder.PathOf("images/wide.png")), File.ReadAllBytes(Path.Combine(edition, wide.Groups["src"].Value)));
        Assert.Equal(File.ReadAllBytes(_folder.PathOf("images/small.png")), File.ReadAllBytes(Path.Combine(edition, small.Groups["src"].Value)));

        // Every src and every href that is not a web or mail link names a file of the edition.
        var root = Path.GetFullPath(edition) + Path.DirectorySeparatorChar;
        foreach (Match reference in Reference().Matches(html))
        {
            var target = reference.Groups[2].Value;
            if (reference.Groups[1].Value == "href" && Regex.IsMatch(target, "^(https?:|mailto:|#)")) continue;
            var full = Path.GetFullPath(Path.Combine(edition, target));
            Assert.StartsWith(root, full);
            Assert.True(File.Exists(full), $"{target} is not in the edition");
        }
        Assert.Contains("img-src 'self'\"", html);
    }

    [Fact]
    public void SameImages_SameBytes_InBothEditions()
    {
        PlaceTwoImages();
        var first = Path.Combine(_folder.Out, "first.pdf");
        var second = Path.Combine(_folder.Out, "second.pdf");
        Assert.True(Build("-o", first).Exit is ExitCodes.Success or ExitCodes.Warnings);
        Assert.True(Build("-o", second).Exit is ExitCodes.Success or ExitCodes.Warnings);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));

        var a = Path.Combine(_folder.Out, "a");
        var b = Path.Combine(_folder.Out, "b");
        Build("--format", "html", "-o", a);
        Build("--format", "html", "-o", b);
        Assert.Equal(Files(a), Files(b));
    }

    [Fact]
    public void Draft_RefusesAnImageError_AsBuildAndCheckDo()
    {
        Directory.CreateDirectory(_folder.PathOf("images"));
        _folder.AppendParagraph("standards/1.1.md", "![](images/x.png)");
        var draft = Path.Combine(_folder.Out, "draft.pdf");
        var (exit, output) = LimitOptionTests.Run(["draft", _folder.Report, "--templates", _folder.Templates, "-o", draft]);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Matches($@"standards/1\.1\.md:{_folder.Line}:1: error: .*\[RB1704\]", output);
        Assert.False(File.Exists(draft));
    }

    [Fact]
    public void TemplateImage_IsFoundInTheTemplateSet_AndAMissingOneIsAnError()
    {
        var cover = _folder.TemplateFile("cover.sbn");
        File.WriteAllText(cover, File.ReadAllText(cover).Replace("images/logo.png", "images/none.png"));
        var (exit, output) = Build("-o", _folder.Pdf);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("hmip-youth-2021/1/images/none.png does not exist", output);
        Assert.Contains("[RB1705]", output);
        Assert.Contains("of the template output", output);
        Assert.False(File.Exists(_folder.Pdf));
    }

    [Fact]
    public void TemplateImage_ThatIsBroken_IsAnErrorAtItsFile()
    {
        var logo = Path.Combine(Path.GetDirectoryName(_folder.TemplateFile("cover.sbn"))!, "images", "logo.png");
        File.WriteAllText(logo, "not a png");
        var (exit, output) = Build("-o", _folder.Pdf);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Matches(@"hmip-youth-2021/1/images/logo\.png:1:1: error: .*neither PNG nor JPEG.*\[RB1707\]", output);
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    [GeneratedRegex("<img src=\"(?<src>[^\"]+)\" alt=\"(?<alt>[^\"]+)\" width=\"(?<width>\\d+)\" height=\"(?<height>\\d+)\">")]
    private static partial Regex Image();

    [GeneratedRegex("\\s(src|href)=\"([^\"]*)\"")]
    private static partial Regex Reference();
}
