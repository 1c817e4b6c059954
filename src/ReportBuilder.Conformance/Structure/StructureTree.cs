using PdfSharp.Pdf;
using ReportBuilder.Conformance.Reading;

namespace ReportBuilder.Conformance.Structure;

/// <summary>A reference from the structure tree to marked content: an MCID on a page (or in a form XObject's stream).</summary>
internal readonly record struct ContentKey(int Page, int? StreamObject, int Mcid);

/// <summary>One structure element as read from the file, with its role-mapped standard type.</summary>
internal sealed class StructNode
{
    public required PdfDictionary Element { get; init; }
    public required string Type { get; init; }
    /// <summary>The standard type after following the RoleMap, or null when the mapping does not end in one.</summary>
    public string? Standard { get; set; }
    public StructNode? Parent { get; init; }
    /// <summary>The element's page: its own /Pg, an ancestor's, or else that of its first descendant that has one.</summary>
    public int? Page { get; set; }
    public List<StructNode> Children { get; } = [];
    public List<ContentKey> Content { get; } = [];
    /// <summary>Objects reached through OBJR (annotations, XObjects).</summary>
    public List<PdfDictionary> Objects { get; } = [];

    public string Label => $"StructElem {Type}{(Standard is { } s && s != Type ? $" (role {s})" : "")} ({Pdf.Id(Element)})";
}

/// <summary>The document's logical structure: the tree from StructTreeRoot, its RoleMap and its ParentTree.</summary>
internal sealed class StructureTree
{
    public static readonly HashSet<string> StandardTypes = new(StringComparer.Ordinal)
    {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP",
        "Figure", "Formula", "Form",
    };

    private StructureTree(PdfDictionary root) => Root = root;

    public PdfDictionary Root { get; }
    public List<StructNode> TopLevel { get; } = [];
    /// <summary>Every element reachable from the root, in document (pre-)order.</summary>
    public List<StructNode> All { get; } = [];
    public Dictionary<string, string> RoleMap { get; } = new(StringComparer.Ordinal);
    /// <summary>ParentTree entries: StructParents key to the array of elements by MCID, or StructParent key to one element.</summary>
    public Dictionary<int, PdfItem> ParentTree { get; } = [];
    /// <summary>Problems met while reading (cycles, malformed kids): reported as structure failures.</summary>
    public List<ConformanceFailure> ReadProblems { get; } = [];

    public static StructureTree? Read(PdfFile file)
    {
        if (Pdf.Dict(file.Catalog, "/StructTreeRoot") is not { } root) return null;
        var tree = new StructureTree(root);
        if (Pdf.Dict(root, "/RoleMap") is { } roleMap)
        {
            foreach (var key in roleMap.Elements.Keys)
            {
                if (Pdf.Get(roleMap, key) is PdfName target) tree.RoleMap[key.TrimStart('/')] = target.Value.TrimStart('/');
            }
        }
        ReadNumberTree(Pdf.Dict(root, "/ParentTree"), tree.ParentTree, 0);
        var visited = new HashSet<PdfObject>(ReferenceEqualityComparer.Instance);
        foreach (var kid in Pdf.OneOrMany(Pdf.Get(root, "/K")))
        {
            if (kid is PdfDictionary element) tree.Walk(file, element, null, null, visited);
        }
        foreach (var node in tree.All) node.Standard = tree.MapToStandard(node.Type);
        // Grouping elements (TOC, L, Table) often name no page: report them at their first content's page.
        for (var i = tree.All.Count - 1; i >= 0; i--)
        {
            var node = tree.All[i];
            node.Page ??= node.Content.Select(c => (int?)c.Page).FirstOrDefault() ?? node.Children.Select(c => c.Page).FirstOrDefault(p => p is not null);
        }
        return tree;
    }

    /// <summary>Follows the RoleMap from <paramref name="type"/> to a standard type; null if it never gets there (or loops).</summary>
    public string? MapToStandard(string type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = type;
        while (!StandardTypes.Contains(current))
        {
            if (!seen.Add(current) || !RoleMap.TryGetValue(current, out var next)) return null;
            current = next;
        }
        return current;
    }

    private void Walk(PdfFile file, PdfDictionary element, StructNode? parent, int? inheritedPage, HashSet<PdfObject> visited)
    {
        if (!visited.Add(element))
        {
            ReadProblems.Add(new(Checkpoints.StructureIntegrity, null, Pdf.Id(element), "the structure tree reaches this element twice (a cycle or shared kid)"));
            return;
        }
        var page = file.PageNumber(Pdf.Get(element, "/Pg")) ?? inheritedPage;
        var node = new StructNode
        {
            Element = element,
            Type = Pdf.Name(element, "/S") ?? "(no /S)",
            Parent = parent,
            Page = page,
        };
        All.Add(node);
        (parent?.Children ?? TopLevel).Add(node);

        foreach (var kid in Pdf.OneOrMany(element.Elements["/K"]))
        {
            switch (kid)
            {
                case PdfInteger mcid:
                    AddContent(node, page, null, mcid.Value);
                    break;
                case PdfDictionary dict when Pdf.Name(dict, "/Type") == "MCR":
                    var mcrPage = file.PageNumber(Pdf.Get(dict, "/Pg")) ?? page;
                    var stream = Pdf.Get(dict, "/Stm") is PdfObject { Reference: { } stm } ? stm.ObjectNumber : (int?)null;
                    if (Pdf.Int(dict, "/MCID") is { } id) AddContent(node, mcrPage, stream, id);
                    break;
                case PdfDictionary dict when Pdf.Name(dict, "/Type") == "OBJR":
                    if (Pdf.Get(dict, "/Obj") is PdfDictionary target) node.Objects.Add(target);
                    break;
                case PdfDictionary dict:
                    Walk(file, dict, node, page, visited);
                    break;
            }
        }
    }

    private void AddContent(StructNode node, int? page, int? stream, int mcid)
    {
        if (page is null)
        {
            ReadProblems.Add(new(Checkpoints.StructureIntegrity, null, node.Label, $"refers to MCID {mcid} but neither it nor an ancestor names a page (/Pg)"));
            return;
        }
        node.Content.Add(new ContentKey(page.Value, stream, mcid));
    }

    private static void ReadNumberTree(PdfDictionary? node, Dictionary<int, PdfItem> into, int depth)
    {
        if (node is null || depth > 32) return;
        // /Nums holds key/value pairs; the values may be references, so use the raw array for them.
        if (Pdf.Array(node, "/Nums") is { } raw)
        {
            for (var i = 0; i + 1 < raw.Elements.Count; i += 2)
            {
                if (Pdf.Int(raw.Elements[i]) is { } key && Pdf.Resolve(raw.Elements[i + 1]) is { } value) into[key] = value;
            }
        }
        foreach (var kid in Pdf.Elements(Pdf.Array(node, "/Kids")))
        {
            ReadNumberTree(kid as PdfDictionary, into, depth + 1);
        }
    }
}
