using System.Collections.Concurrent;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Data.Loading;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Text;
using ReportBuilder.Templating.Markdown.Renderers.Layout;

namespace ReportBuilder.Templating.Tests.Support;

/// <summary>Report folders of the repository laid out on a recording canvas, once per test run each.</summary>
internal static class LaidOutReports
{
    private static readonly Lazy<FontCollection> Fonts = new(() => FontCollection.FromFolder(Path.Combine(Repository.Root, "fonts")));
    private static readonly ConcurrentDictionary<string, Lazy<(LoadResult Loaded, RenderedMarkdown Rendered, RecordingCanvas Canvas)>> Cache = new();

    public static (LoadResult Loaded, RenderedMarkdown Rendered, RecordingCanvas Canvas) Get(string name) =>
        Cache.GetOrAdd(name, n => new(() =>
        {
            var loaded = n == "lincolnshire-2023" ? Reports.Lincolnshire : Reports.Load(n);
            var rendered = Reports.RenderMarkdown(loaded, out _);
            var document = LayoutDocumentComposer.Compose(rendered, Fonts.Value, new DiagnosticBag());
            var canvas = new RecordingCanvas();
            document.Generate(canvas);
            return (loaded, rendered, canvas);
        })).Value;

    public static FontCollection FontCollection => Fonts.Value;
}
