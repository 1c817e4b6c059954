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
    public void Layouts_running_at_once_on_several_threads_each_draw_their_own_document()
    {
        int[] sizes = [1, 3, 2, 4];
        var expected = sizes.Select(n => Calls(Sink(n))).ToArray();
        var actual = new string[sizes.Length * 3];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Calls(Sink(sizes[i % sizes.Length])));
        for (int i = 0; i < actual.Length; i++) Assert.Equal(expected[i % sizes.Length], actual[i]);
    }
}
