using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.TestEngine;

namespace ReportBuilder.Layout.Tests.LayoutTests;

/// <summary>
/// The engine records each page's calls into chunks reused from layout to layout (and shared by
/// threads through a pool): a layout must never see another's calls, whatever ran before or beside it.
/// </summary>
public class RecordingTests
{
    private static string Calls(Document document)
    {
        var canvas = new RecordingCanvas();
        document.Generate(canvas);
        Assert.Empty(canvas.Problems);
        return string.Join("\n", canvas.Calls.Select(c => c.ToString()));
    }

    private static Document Sink(int chapters) => Document.Create(TestFonts.Collection, d => KitchenSink.Compose(d, chapters));

    [Fact]
    public void A_layout_after_a_longer_one_draws_exactly_what_it_drew_first()
    {
        string first = Calls(Sink(1));
        Calls(Sink(6)); // fills more chunks than the short document needs
        Assert.Equal(first, Calls(Sink(1)));
    }

    [Fact]
    public void The_same_document_laid_out_again_draws_the_same_calls()
    {
        var document = Sink(2);
        Assert.Equal(Calls(document), Calls(document));
    }

    [Fact]
    public void A_document_laid_out_again_draws_what_a_fresh_copy_of_it_draws()
    {
        // Elements rewind their state when a pass first meets them: nothing of the layout before may leak into the next.
        var document = Sink(2);
        Calls(document);
        Assert.Equal(Calls(Sink(2)), Calls(document));
    }

    [Fact]
    public void A_one_pass_document_laid_out_again_draws_every_page_again()
    {
        // Without page numbers a layout is one pass: its stamp must still differ from the layout before's.
        var document = Document.Create(TestFonts.Collection, d => d.Section(s => s.Content().Column(c =>
        {
            for (int i = 0; i < 40; i++) c.Item().Paragraph(p => p.Span(Render.Words(60, i)));
        })));
        var first = new RecordingCanvas();
        Assert.Equal(1, document.Generate(first).Passes);
        var again = new RecordingCanvas();
        document.Generate(again);
        Assert.True(first.PageCount > 2);
        Assert.Equal(first.PageCount, again.PageCount);
        Assert.Equal(first.Texts.Select(t => t.ToString()), again.Texts.Select(t => t.ToString()));
    }

    [Fact]
    public void A_layout_stopped_halfway_leaves_nothing_behind_for_the_next()
    {
        var document = Sink(3);
        // Stops on page 3 of the first pass, with paragraphs, tables and footnotes part drawn.
        Assert.Throws<PageLimitException>(() => document.Generate(new RecordingCanvas(), new LayoutOptions { MaxPages = 3 }));
        Assert.Equal(Calls(Sink(3)), Calls(document));
    }

    [Fact]
    public void Layouts_running_at_once_on_several_threads_each_draw_their_own_document()
    {
        int[] sizes = [1, 3, 2, 4];
        var expected = sizes.Select(n => Calls(Sink(n))).ToArray();
        var actual = new string[sizes.Length * 3];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Calls(Sink(sizes[i % sizes.Length])));
        for (int i = 0; i < actual.Length; i++) Assert.Equal(expected[i % sizes.Length], actual[i]);
    }
}
