using ReportBuilder.Pipeline.Building;
using ReportBuilder.Pipeline.Warm;

namespace ReportBuilder.Pipeline.Tests.Warm;

/// <summary>
/// The warm pipeline (issue 15, "Faster as it goes"): what one <see cref="PipelineCache"/> keeps between builds is
/// reused while its files are unchanged, read again when they change, and never changes a byte of the output.
/// </summary>
public sealed class WarmPipelineTests : IDisposable
{
    private readonly TempFolder _temp = new("rb-warm");
    private readonly string _report;
    private readonly string _templates;
    private readonly string _fonts;

    public WarmPipelineTests()
    {
        _report = _temp.CopyIn(Repository.Data("lincolnshire-2023"), "lincolnshire-2023");
        _templates = _temp.CopyIn(Repository.Templates, "templates");
        _fonts = _temp.CopyIn(Repository.Fonts, "fonts");
    }

    public void Dispose() => _temp.Dispose();

    private string SetFile(string name) => Path.Combine(_templates, "hmip-youth-2021", "1", name);

    private PipelineResult Build(PipelineCache cache, bool draft = false) =>
        ReportPipeline.Run(_report, new PipelineOptions
        {
            TemplatesRoot = _templates, FontsFolder = _fonts, Cache = cache,
            AllowErrors = draft, Draft = draft ? new(new DateOnly(2026, 12, 3)) : null,
        });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AWarmBuild_IsByteIdenticalToAColdOne(bool draft)
    {
        var cache = new PipelineCache();
        var first = Build(cache, draft);
        var warm = Build(cache, draft);
        var cold = Build(new PipelineCache(), draft);

        Assert.True(cold.Succeeded, string.Join("\n", cold.Diagnostics.Sorted()));
        Assert.Equal(cold.Pdf, first.Pdf);
        Assert.Equal(cold.Pdf, warm.Pdf);
        Assert.Equal(cold.Diagnostics.Sorted(), warm.Diagnostics.Sorted());
    }

    [Fact]
    public void AnUnchangedTemplate_IsNotParsedAgain_AndAnEditedOne_IsPickedUpAtTheNextBuild()
    {
        var cache = new PipelineCache();
        Build(cache);
        var parsed = cache.Templates.Parses;
        Assert.True(parsed >= 10, $"the 2021 set has a dozen templates; {parsed} were parsed");

        Build(cache);
        Assert.Equal(parsed, cache.Templates.Parses);

        File.WriteAllText(SetFile("foreword.sbn"), File.ReadAllText(SetFile("foreword.sbn")).Replace("# Foreword", "# Foreword, edited while watching"));
        var edited = Build(cache);

        Assert.Equal(parsed + 1, cache.Templates.Parses);
        Assert.Contains("# Foreword, edited while watching", edited.Rendered!.Markdown.Markdown);
        Assert.Equal(Build(new PipelineCache()).Pdf, edited.Pdf);
    }

    [Fact]
    public void AnEditedTheme_IsReadAgain_AndItsWarningsAreReportedByEveryBuild()
    {
        var cache = new PipelineCache();
        Build(cache);
        Build(cache);
        Assert.Equal(1, cache.TemplateSets.Reads);

        // An unknown key is a warning of the theme (at its line), which each warm build must still report.
        File.AppendAllText(SetFile("theme.yaml"), "\nunknown_setting: 1\n");
        var first = Build(cache);
        var second = Build(cache);

        Assert.Equal(2, cache.TemplateSets.Reads);
        var warnings = first.Diagnostics.Where(d => d.Span.File.EndsWith("theme.yaml", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(warnings);
        Assert.Equal(warnings, second.Diagnostics.Where(d => d.Span.File.EndsWith("theme.yaml", StringComparison.Ordinal)));
    }

    [Fact]
    public void Fonts_AreReadOnce_AndAgainWhenAFontFileChanges()
    {
        var cache = new PipelineCache();
        Build(cache);
        Build(cache);
        Assert.Equal(1, cache.Fonts.Reads);

        var font = Directory.GetFiles(_fonts, "*.ttf")[0];
        File.SetLastWriteTimeUtc(font, File.GetLastWriteTimeUtc(font).AddSeconds(1));
        Assert.True(Build(cache).Succeeded);

        Assert.Equal(2, cache.Fonts.Reads);
    }

    [Fact]
    public void TheCoverLogo_IsReadByThePdfWriterOnce_AndAChangedImageIsReadAgain()
    {
        var cache = new PipelineCache();
        Build(cache);
        var reads = cache.Images.Reads;
        Assert.True(reads >= 1, "the 2021 set's cover has a logo");
        Build(cache, draft: true);
        Build(cache);
        Assert.Equal(reads, cache.Images.Reads);

        // Found by its bytes: another logo (here the same pixels with a chunk of text added) is a new image.
        var logo = SetFile(Path.Combine("images", "logo.png"));
        var png = File.ReadAllBytes(logo);
        byte[] chunk = [.. "tEXt"u8, .. "a\0b"u8];
        var crc = System.IO.Hashing.Crc32.HashToUInt32(chunk);
        byte[] text = [0, 0, 0, 3, .. chunk, (byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc];
        File.WriteAllBytes(logo, [.. png[..33], .. text, .. png[33..]]);
        var changed = Build(cache);
        Assert.True(changed.Succeeded, string.Join("\n", changed.Diagnostics.Sorted()));
        Assert.Equal(reads + 1, cache.Images.Reads);
        Assert.Equal(Build(new PipelineCache()).Pdf, changed.Pdf);
    }

    [Fact]
    public void OneBuilder_IsWarmAcrossBuilds_AndGivesTheColdBytes()
    {
        var builder = new PipelineReportBuilder();
        var request = new ReportBuildRequest(_report, BuildMode.Final, _templates) { FontsFolder = _fonts };
        var first = builder.Build(request);
        var parsed = builder.Cache.Templates.Parses;
        var second = builder.Build(request);

        Assert.Equal(parsed, builder.Cache.Templates.Parses);
        Assert.Equal(first.Pdf, second.Pdf);
        Assert.Equal(new PipelineReportBuilder().Build(request).Pdf, second.Pdf);
    }
}
