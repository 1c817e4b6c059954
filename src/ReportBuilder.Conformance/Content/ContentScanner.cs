using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using ReportBuilder.Conformance.Reading;
using ReportBuilder.Conformance.Structure;

namespace ReportBuilder.Conformance.Content;

/// <summary>A text-showing operator, with the font it used and the bytes it showed.</summary>
/// <param name="Element">The structure element the text belongs to (through its MCID and the ParentTree), if any.</param>
/// <param name="LineY">The text line's vertical position within its text object (Td/TD/Tm/T* followed), for finding line wraps.</param>
internal sealed record TextShow(int Page, string Where, string FontResource, PdfDictionary? Font, byte[] Codes, int RenderMode,
    PdfObjectID? Element = null, double LineY = 0, double FontSize = 0, int Sequence = 0);

/// <summary>
/// Walks every page's content (and the form XObjects it draws) keeping the marked-content stack, and records
/// whether each text or painting operator is an artifact, reaches the structure tree through its MCID, or neither.
/// </summary>
internal sealed partial class ContentScanner
{
    private static readonly HashSet<string> TextOperators = ["Tj", "TJ", "'", "\""];
    private static readonly HashSet<string> PaintOperators = ["S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "BI", "EI"];

    private readonly PdfFile file;
    private readonly StructureTree? tree;
    private readonly HashSet<PdfObjectID> treeElements = [];

    private ContentScanner(PdfFile file, StructureTree? tree)
    {
        this.file = file;
        this.tree = tree;
        if (tree is not null)
        {
            foreach (var node in tree.All)
            {
                if (node.Element.Reference is { } reference) treeElements.Add(reference.ObjectID);
            }
        }
    }

    /// <summary>Marked content that exists in the file, by page and MCID (and form stream when not in the page's own content).</summary>
    public HashSet<ContentKey> MarkedContent { get; } = [];
    public List<TextShow> Text { get; } = [];
    public List<ConformanceFailure> Failures { get; } = [];

    public static ContentScanner Scan(PdfFile file, StructureTree? tree)
    {
        var scanner = new ContentScanner(file, tree);
        foreach (var (number, page) in file.Pages)
        {
            CSequence content;
            try
            {
                content = ContentReader.ReadContent(page);
            }
            catch (Exception e)
            {
                scanner.Failures.Add(new(Checkpoints.Untagged, number, "page content", $"the content stream cannot be parsed ({e.Message}), so its tagging cannot be verified"));
                continue;
            }
            var context = new StreamContext(number, null, Pdf.Int(page, "/StructParents"), Pdf.Dict(page, "/Resources"), "content");
            scanner.Walk(content, context, [], new GraphicsState(), depth: 0);
        }
        scanner.Summarise();
        return scanner;
    }

    /// <summary>One systematic fault repeats on every operator: keep the first of each kind per page and say how many there were.</summary>
    private void Summarise()
    {
        var summarised = Failures
            .GroupBy(f => (f.Checkpoint, f.Page, f.Message))
            .Select(g => g.Count() == 1 ? g.First() : g.First() with { Message = $"{g.Key.Message} (first of {g.Count()} operators on this page)" })
            .ToList();
        Failures.Clear();
        Failures.AddRange(summarised);
    }

    private sealed record StreamContext(int Page, int? StreamObject, int? StructParents, PdfDictionary? Resources, string Name);

    private sealed record Frame(string Tag, int? Mcid, bool IsArtifact, ContentKey? Key);

    private sealed class GraphicsState
    {
        public string Font = "";
        public double FontSize;
        public double Leading;
        public int RenderMode;
        public GraphicsState Copy() => (GraphicsState)MemberwiseClone();
    }

    private void Walk(CSequence sequence, StreamContext context, List<Frame> frames, GraphicsState state, int depth)
    {
        var saved = new Stack<GraphicsState>();
        var operands = new List<CObject>();
        var lineY = 0.0;
        var depthFrames = frames.Count; // frames opened by an enclosing stream (a form's caller) are not this stream's to close
        var index = 0;
        foreach (var item in sequence)
        {
            if (item is not COperator op) continue;
            index++;
            // PDFsharp's parser reads an inline dictionary operand ("/P <</MCID 0>> BDC") as a pseudo-operator named
            // "Dictionary" holding the operands, followed by the real operator with none: carry them over.
            if (op.Name == "Dictionary")
            {
                operands.AddRange(op.Operands);
                continue;
            }
            var args = operands.Count > 0 ? [.. operands, .. op.Operands] : op.Operands.ToList();
            operands.Clear();
            var where = $"{context.Name} op {index} ({op.Name})";

            switch (op.Name)
            {
                case "q": saved.Push(state.Copy()); break;
                case "Q": if (saved.Count > 0) state = saved.Pop(); break;
                case "Tf" when args.Count >= 1 && args[0] is CName font:
                    state.Font = font.Name.TrimStart('/');
                    state.FontSize = args.Count >= 2 ? Number(args[1]) ?? 0 : 0;
                    break;
                case "TL" when args.Count >= 1: state.Leading = Number(args[0]) ?? 0; break;
                case "BT": lineY = 0; break;
                case "Td" or "TD" when args.Count >= 2:
                    lineY += Number(args[1]) ?? 0;
                    if (op.Name == "TD") state.Leading = -(Number(args[1]) ?? 0);
                    break;
                case "T*": lineY -= state.Leading; break;
                case "Tm" when args.Count >= 6: lineY = Number(args[5]) ?? 0; break;
                case "Tr" when args.Count >= 1 && args[0] is CInteger mode: state.RenderMode = mode.Value; break;
                case "BMC" or "BDC":
                    OpenFrame(args, context, frames, where);
                    break;
                case "EMC":
                    if (frames.Count > depthFrames) frames.RemoveAt(frames.Count - 1);
                    else Failures.Add(new(Checkpoints.UnbalancedMarkedContent, context.Page, where, "EMC without a matching BMC or BDC in this content stream"));
                    break;
                case "Do" when args.Count >= 1 && args[0] is CName xobjectName:
                    DrawXObject(xobjectName.Name, context, frames, state, depth, where);
                    break;
                default:
                    if (TextOperators.Contains(op.Name))
                    {
                        if (op.Name is "'" or "\"") lineY -= state.Leading;
                        var font = Pdf.Dict(Pdf.Dict(context.Resources, "/Font"), "/" + state.Font);
                        Text.Add(new TextShow(context.Page, where, state.Font, font, ShownBytes(args), state.RenderMode,
                            ElementOf(context, frames), lineY, state.FontSize, Text.Count));
                        CheckTagged(context, frames, where, "text");
                    }
                    else if (PaintOperators.Contains(op.Name))
                    {
                        CheckTagged(context, frames, where, "a painted path");
                    }
                    break;
            }
        }
        if (frames.Count > depthFrames)
            Failures.Add(new(Checkpoints.UnbalancedMarkedContent, context.Page, $"{context.Name} end", $"{frames.Count - depthFrames} marked-content sequence(s) (/{frames[^1].Tag}) still open at the end of the stream"));
    }

    private void OpenFrame(List<CObject> args, StreamContext context, List<Frame> frames, string where)
    {
        var tag = args.Count >= 1 && args[0] is CName name ? name.Name.TrimStart('/') : "";
        int? mcid = null;
        if (args.Count >= 2)
        {
            switch (args[1])
            {
                case CString { CStringType: CStringType.Dictionary } inline:
                    var match = McidPattern().Match(inline.Value);
                    if (match.Success) mcid = int.Parse(match.Groups[1].Value);
                    break;
                case CName properties:
                    mcid = Pdf.Int(Pdf.Dict(Pdf.Dict(context.Resources, "/Properties"), properties.Name), "/MCID");
                    break;
            }
        }
        var isArtifact = tag == "Artifact";
        if (isArtifact && frames.Any(f => f.Mcid is not null))
            Failures.Add(new(Checkpoints.ArtifactInsideTagged, context.Page, where, "an Artifact sequence opens inside marked content that has an MCID"));
        if (mcid is not null && frames.Any(f => f.IsArtifact))
            Failures.Add(new(Checkpoints.TaggedInsideArtifact, context.Page, where, $"marked content with MCID {mcid} opens inside an Artifact sequence"));
        ContentKey? key = mcid is { } m ? new ContentKey(context.Page, context.StreamObject, m) : null;
        if (key is { } k) MarkedContent.Add(k);
        frames.Add(new Frame(tag, mcid, isArtifact, key));
    }

    /// <summary>Text and painting must be inside an Artifact or inside marked content whose MCID the ParentTree maps to an element of the tree.</summary>
    private void CheckTagged(StreamContext context, List<Frame> frames, string where, string what)
    {
        if (frames.Any(f => f.IsArtifact)) return;
        var tagged = frames.LastOrDefault(f => f.Mcid is not null);
        if (tagged is null)
        {
            var inside = frames.Count > 0 ? $" (inside /{frames[^1].Tag} without an MCID)" : "";
            Failures.Add(new(Checkpoints.Untagged, context.Page, where, $"{what} is neither an Artifact nor tagged content{inside}"));
            return;
        }
        var mcid = tagged.Mcid!.Value;
        // Without a StructTreeRoot nothing can be reached; 01-x01 already says so once.
        if (tree is not null && !ReachesTree(context.StructParents, mcid))
            Failures.Add(new(Checkpoints.Untagged, context.Page, where, $"{what} in marked content MCID {mcid} that the ParentTree does not map to an element of the structure tree"));
    }

    private PdfObjectID? ElementOf(StreamContext context, List<Frame> frames)
    {
        if (frames.Any(f => f.IsArtifact) || frames.LastOrDefault(f => f.Mcid is not null) is not { Mcid: { } mcid }) return null;
        if (tree is null || context.StructParents is not { } key || !tree.ParentTree.TryGetValue(key, out var entry)) return null;
        if (entry is not PdfArray array || mcid < 0 || mcid >= array.Elements.Count) return null;
        return Pdf.Resolve(array.Elements[mcid]) is PdfDictionary { Reference: { } reference } ? reference.ObjectID : null;
    }

    private static double? Number(CObject operand) => operand switch
    {
        CInteger i => i.Value,
        CReal r => r.Value,
        _ => null,
    };

    private bool ReachesTree(int? structParents, int mcid)
    {
        if (tree is null || structParents is not { } key || !tree.ParentTree.TryGetValue(key, out var entry)) return false;
        if (entry is not PdfArray array || mcid < 0 || mcid >= array.Elements.Count) return false;
        return Pdf.Resolve(array.Elements[mcid]) is PdfDictionary { Reference: { } reference } && treeElements.Contains(reference.ObjectID);
    }

    private void DrawXObject(string name, StreamContext context, List<Frame> frames, GraphicsState state, int depth, string where)
    {
        var xobject = Pdf.Dict(Pdf.Dict(context.Resources, "/XObject"), name);
        var subtype = Pdf.Name(xobject, "/Subtype");
        if (subtype != "Form")
        {
            CheckTagged(context, frames, where, subtype == "Image" ? "an image" : "an XObject");
            return;
        }
        if (depth > 16) return;
        CSequence content;
        try
        {
            content = ContentReader.ReadContent(Pdf.StreamBytes(xobject));
        }
        catch (Exception e)
        {
            Failures.Add(new(Checkpoints.Untagged, context.Page, where, $"form XObject {name.TrimStart('/')} cannot be parsed ({e.Message})"));
            return;
        }
        var formParents = Pdf.Int(xobject, "/StructParents");
        var inner = new StreamContext(
            context.Page,
            formParents is null ? context.StreamObject : xobject!.Reference?.ObjectNumber,
            formParents ?? context.StructParents,
            Pdf.Dict(xobject, "/Resources") ?? context.Resources,
            $"form {name.TrimStart('/')} ({Pdf.Id(xobject)})");
        Walk(content, inner, [.. frames], state.Copy(), depth + 1);
    }

    /// <summary>The string operands of a text operator as raw bytes (PDFsharp gives one char per byte).</summary>
    private static byte[] ShownBytes(List<CObject> args)
    {
        var bytes = new List<byte>();
        foreach (var arg in args)
        {
            switch (arg)
            {
                case CString s: bytes.AddRange(s.Value.Select(c => (byte)c)); break;
                case CArray array:
                    foreach (var element in array)
                    {
                        if (element is CString part) bytes.AddRange(part.Value.Select(c => (byte)c));
                    }
                    break;
            }
        }
        return [.. bytes];
    }

    [GeneratedRegex(@"/MCID\s+(\d+)")]
    private static partial Regex McidPattern();
}
