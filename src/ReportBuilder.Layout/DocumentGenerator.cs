using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout;

/// <summary>
/// Lays out every page first, then replays the pages onto an <see cref="ICanvas"/>: the text if it is an
/// <see cref="ITextCanvas"/>, every other mark if it is an <see cref="IDrawingCanvas"/>, artifacts if it is an
/// <see cref="IArtifactCanvas"/>, the document, structure, links and anchors if it is an <see cref="IDocumentCanvas"/>.
/// </summary>
/// <remarks>
/// Layout runs in passes. Each pass lays out the whole document with the page count and the
/// anchor positions of the pass before (for "page X of Y", the contents and links); passes
/// repeat until one changes nothing, so a contents that grows a page still shows the right
/// numbers. A document that uses none of those values needs one pass. If the values never
/// settle within <see cref="LayoutOptions.MaxPasses"/>, a <see cref="LayoutException"/> says so.
/// </remarks>
public static class DocumentGenerator
{
    /// <summary>A laid-out page: its size and its calls in the pass's <see cref="OpBuffer"/>.</summary>
    private readonly record struct PageRecord(Size Size, int From, int To);

    /// <summary>The pages of a pass, and the calls that close what is still open after the last page.</summary>
    private sealed record PassResult(List<PageRecord> Pages, int TailFrom, int TailTo);

    public static LayoutResult Generate(Document document, ICanvas canvas, LayoutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(canvas);
        options ??= new LayoutOptions();
        var warnings = new List<LayoutWarning>();
        var context = new LayoutContext(document.Fonts, document.DefaultStyle, warnings);
        try
        {
            return Run(document, canvas, options, context, warnings);
        }
        finally
        {
            context.Ops.Release(); // the chunks go back to the pool even when layout or the canvas fails
        }
    }

    private static LayoutResult Run(Document document, ICanvas canvas, LayoutOptions options, LayoutContext context, List<LayoutWarning> warnings)
    {
        IReadOnlyDictionary<string, AnchorPosition> previous = new Dictionary<string, AnchorPosition>();
        int previousCount = 0;
        PassResult? result = null;
        int pass = 0;
        while (true)
        {
            options.CancellationToken.ThrowIfCancellationRequested();
            pass++;
            context.Pass = pass;
            context.PreviousAnchors = previous;
            context.PreviousPageCount = previousCount;
            context.Anchors.Clear();
            context.Headings.Clear();
            context.MissingAnchors.Clear();
            context.UsedPreviousPass = false;
            context.Footnotes.Reset();
            context.BeginPass(); // elements rewind their state as the pass meets them

            // A document with page references needs a second pass anyway: the first records nothing.
            bool dry = pass == 1 && document.State.UsesPageReferences;
            result = LayOut(document, context, options, dry);
            var pages = result.Pages;

            bool stable = pass > 1 && pages.Count == previousCount && SameAnchors(context.Anchors, previous);
            if ((!context.UsedPreviousPass || stable) && !dry) break;
            if (pass >= options.MaxPasses)
                throw new LayoutException(
                    $"Page numbers did not settle after {pass} layout passes (page count {previousCount} then {pages.Count}): " +
                    "content that depends on page numbers keeps moving pages (e.g. a contents entry that changes width).");
            previous = new Dictionary<string, AnchorPosition>(context.Anchors, StringComparer.Ordinal);
            previousCount = pages.Count;
        }

        // Links are resolved at replay, against the final anchors.
        context.PreviousAnchors = new Dictionary<string, AnchorPosition>(context.Anchors, StringComparer.Ordinal);
        var bookmarks = BuildBookmarks(context.Headings);
        var description = document.Description with { PageCount = result.Pages.Count, Bookmarks = bookmarks };
        // Each backend is sent the calls of the contracts it implements, and only those.
        var contracts = CanvasContracts.Of(canvas);
        var tagged = contracts.Document;
        tagged?.BeginDocument(description);
        for (int i = 0; i < result.Pages.Count; i++)
        {
            options.CancellationToken.ThrowIfCancellationRequested();
            var page = result.Pages[i];
            canvas.BeginPage(page.Size);
            context.Ops.Replay(page.From, page.To, contracts, context);
            if (i == result.Pages.Count - 1) context.Ops.Replay(result.TailFrom, result.TailTo, contracts, context);
            canvas.EndPage();
        }
        tagged?.EndDocument();
        foreach (var name in context.MissingAnchors.Where(n => !context.Anchors.ContainsKey(n)))
            context.Warn(new LayoutWarning($"a link or page reference points to the anchor '{name}', which no element defines; it points to page 1"));
        return new LayoutResult(result.Pages.Count, pass, warnings, context.PreviousAnchors, bookmarks);
    }

    private static PassResult LayOut(Document document, LayoutContext context, LayoutOptions options, bool dry)
    {
        var pages = new List<PageRecord>();
        context.Ops.Clear();
        context.Recording = !dry;
        int idle = 0;
        foreach (var section in document.Sections)
        {
            bool firstPage = true;
            while (true)
            {
                options.CancellationToken.ThrowIfCancellationRequested();
                if (pages.Count >= options.MaxPages)
                    throw new PageLimitException(options.MaxPages, $"The document passed {options.MaxPages} pages: some content probably never fits ({section.Content.Describe()}).");
                int from = context.Ops.Count;
                context.PageIndex = pages.Count;
                context.PageSize = section.PageSize;
                context.Footnotes.BeginPage();
                context.Epoch++;
                if (pages.Count == 0) context.BeginStructure(new StructureElement(StructureRole.Document) { Title = document.Description.Title, Language = document.Description.Language });

                double width = section.PageSize.Width - section.MarginLeft - section.MarginRight;
                var header = firstPage && section.FirstPageHeader is not null ? section.FirstPageHeader : section.Header;
                var footer = firstPage && section.FirstPageFooter is not null ? section.FirstPageFooter : section.Footer;
                double headerHeight = Height(context, header, width, section.PageSize.Height / 3);
                double footerHeight = Height(context, footer, width, section.PageSize.Height / 3);
                context.BodyLeft = section.MarginLeft;
                context.BodyWidth = width;
                context.BodyTop = section.MarginTop + (headerHeight > 0 ? headerHeight + section.HeaderSpacing : 0);
                context.BodyBottom = section.PageSize.Height - section.MarginBottom - (footerHeight > 0 ? footerHeight + section.FooterSpacing : 0);
                if (context.BodyBottom - context.BodyTop < 10)
                    throw new LayoutException($"Page {pages.Count + 1}: header and footer leave no room for the body (margins, header and footer are {section.PageSize.Height - (context.BodyBottom - context.BodyTop):0.#} pt of {section.PageSize.Height:0.#} pt).");

                DrawLayer(context, section.Background, ArtifactKind.Background, new Point(0, 0), section.PageSize);
                DrawLayer(context, header, ArtifactKind.Header, new Point(section.MarginLeft, section.MarginTop), new Size(width, headerHeight));

                context.PendingContent = false;
                context.PendingReserved = 0;
                context.ParallelDepth = 0;
                context.Footnotes.PlaceCarried();
                bool carried = context.Footnotes.Count > 0;
                context.PageHasContent = false;
                context.Epoch++;

                var body = new Size(width, context.BodyBottom - context.BodyTop - context.Footnotes.Height);
                var plan = section.Content.Measure(context, body);
                if (plan.IsEmpty && !firstPage && !carried)
                {
                    // Nothing left: no blank page (what the running heads drew for it is dropped).
                    context.Ops.Truncate(from);
                    break;
                }
                if (plan.IsWrap && !carried)
                    throw new LayoutException(
                        $"Page {pages.Count + 1}: content can never fit on a page: {plan.WrapReason}. " +
                        $"The body is {body.Width:0.#} × {body.Height:0.#} pt; make the content smaller or allow it to split.");
                if (plan.Draws) section.Content.Draw(context, new Point(section.MarginLeft, context.BodyTop), body);
                idle = context.PageHasContent || carried ? 0 : idle + 1;
                if (idle > 3)
                    throw new LayoutException($"Page {pages.Count + 1}: layout makes no progress ({section.Content.Describe()} draws nothing page after page).");

                context.Footnotes.FinishPage();
                DrawLayer(context, footer, ArtifactKind.Footer, new Point(section.MarginLeft, section.PageSize.Height - section.MarginBottom - footerHeight), new Size(width, footerHeight));
                DrawLayer(context, section.Foreground, ArtifactKind.Watermark, new Point(0, 0), section.PageSize);
                pages.Add(new PageRecord(section.PageSize, from, context.Ops.Count));
                firstPage = false;
                if (plan.Completes && !context.Footnotes.HasCarried) break;
            }
        }
        // Close what is still open (the Document element, anything a faulty element left open) after the last page.
        int tail = context.Ops.Count;
        while (context.OpenStructures > 0) context.EndStructure();
        context.Recording = true;
        return new PassResult(pages, tail, context.Ops.Count);
    }

    private static double Height(LayoutContext context, Element? element, double width, double max)
    {
        if (element is null) return 0;
        element.ResetTree(context);
        var plan = element.Measure(context, new Size(width, max));
        return plan.Draws ? plan.Height : 0;
    }

    private static void DrawLayer(LayoutContext context, Element? element, ArtifactKind kind, Point origin, Size size)
    {
        if (element is null || size.Height <= 0) return;
        element.ResetTree(context);
        bool savedTop = context.PageHasContent;
        context.BeginArtifact(kind);
        if (element.Measure(context, size).Draws) element.Draw(context, origin, size);
        context.EndArtifact();
        context.PageHasContent = savedTop;
    }

    private static bool SameAnchors(Dictionary<string, AnchorPosition> now, IReadOnlyDictionary<string, AnchorPosition> before)
    {
        if (now.Count != before.Count) return false;
        foreach (var (name, p) in now)
            if (!before.TryGetValue(name, out var q) || q.PageIndex != p.PageIndex || Math.Abs(q.Y - p.Y) > 0.01) return false;
        return true;
    }

    private static List<Bookmark> BuildBookmarks(List<HeadingRecord> headings)
    {
        var root = new List<Bookmark>();
        var stack = new List<(int Level, List<Bookmark> Children)> { (0, root) };
        // A heading told to have none (a "Strengths:" list heading) would clutter the panel.
        foreach (var h in headings)
        {
            if (!h.Bookmarked) continue;
            while (stack[^1].Level >= h.Level) stack.RemoveAt(stack.Count - 1);
            var children = new List<Bookmark>();
            var mark = new Bookmark(h.Title, h.PageIndex, h.Y, children);
            stack[^1].Children.Add(mark);
            stack.Add((h.Level, children));
        }
        return root;
    }
}
