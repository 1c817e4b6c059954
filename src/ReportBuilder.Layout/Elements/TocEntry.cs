using System.Globalization;
using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Infrastructure;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Elements;

/// <summary>One line of the contents: the heading's text, leaders, and its page number right-aligned, all one link.</summary>
internal sealed class TocEntry : Element
{
    private const double NumberWidth = 28, Gap = 4;
    private readonly HeadingInfo heading;
    private readonly Paragraph title;
    private bool done;

    public TocEntry(HeadingInfo heading, TextStyle style)
    {
        this.heading = heading;
        title = new Paragraph { Role = null, Style = heading.Level == 1 ? new TextStyle { Bold = true }.InheritFrom(style) : style };
        title.Inlines.Add(new TextInline(heading.Title));
    }

    private double Indent => (heading.Level - 1) * 14;
    private double TitleWidth(double width) => Math.Max(20, width - Indent - NumberWidth - Gap);

    public override IEnumerable<Element> Children => [title];
    public override void ResetState() => done = false;
    public override string Describe() => $"contents entry \"{heading.Title}\"";

    protected override SpacePlan MeasureCore(LayoutContext context, Size available)
    {
        if (done) return SpacePlan.Empty;
        var plan = title.Measure(context, new Size(TitleWidth(available.Width), available.Height));
        if (plan.IsPartial) return SpacePlan.Wrap("a contents entry is kept on one page");
        return plan.Draws ? SpacePlan.Full(available.Width, plan.Height) : plan;
    }

    protected override void DrawCore(LayoutContext context, Point origin, Size available)
    {
        var plan = Measure(context, available);
        if (!plan.Draws) return;
        done = true;
        double width = TitleWidth(available.Width);
        var layout = title.GetLayout(context, width);
        var lastLine = layout.Lines[^1];
        double lastBaseline = origin.Y + plan.Height - lastLine.Height + lastLine.Baseline;
        var firstAtom = layout.Atoms[lastLine.Start];

        // TOCI › Reference › Link: a TOCI may hold only Lbl, Reference, NonStruct, P and TOC (ISO 32000-1 Table 333,
        // Matterhorn 09-006), so the link goes inside a Reference; the title (Role null) is the Link's own text.
        bool item = context.BeginStructure(new StructureElement(StructureRole.TableOfContentsItem));
        bool reference = context.BeginStructure(new StructureElement(StructureRole.Reference));
        bool link = context.BeginLink(new Rect(origin.X + Indent, origin.Y, available.Width - Indent, plan.Height), new LinkSpec(heading.Anchor, null), heading.Title);
        title.Draw(context, new Point(origin.X + Indent, origin.Y), new Size(width, available.Height));

        var page = context.FindAnchor(heading.Anchor);
        string number = page is { } p ? (p.PageIndex + 1).ToString(CultureInfo.InvariantCulture) : "";
        var face = firstAtom.Face;
        double size = firstAtom.FontSize;
        double numberWidth = face.MeasureWidth(number, size);
        double right = origin.X + available.Width;

        // Leaders are decoration: an artifact between the title and the number.
        double dot = face.MeasureWidth(". ", size);
        double from = origin.X + Indent + lastLine.Indent + lastLine.Width + Gap;
        double to = right - numberWidth - Gap;
        int dots = dot > 0 ? (int)Math.Floor((to - from) / dot) : 0;
        if (dots > 0)
        {
            context.BeginArtifact(ArtifactKind.Layout);
            context.DrawText(string.Concat(Enumerable.Repeat(". ", dots)).TrimEnd(), face, size, firstAtom.Color, new Point(to - dots * dot + face.MeasureWidth(" ", size), lastBaseline));
            context.EndArtifact();
        }
        context.DrawText(number, face, size, firstAtom.Color, new Point(right - numberWidth, lastBaseline));
        if (link) context.EndLink();
        if (reference) context.EndStructure();
        if (item) context.EndStructure();
    }
}
