using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Structure;

namespace ReportBuilder.Pdf.Tagging;

/// <summary>
/// Joins an element the engine begins again after it ended (it continues on another page beside other content) to its
/// first part, so that it is one element in the structure tree.
/// </summary>
/// <remarks>
/// In a table row split across pages the cells sit side by side: page one draws cell A's part, then cell B's, and page
/// two the rest of A, then of B. PDFsharp's StructureBuilder is a stack in drawing order and cannot reopen an element,
/// so each part is begun as an element of its own (a second TR, TD and P) and recorded here with the element it continues;
/// when every page is drawn the second part's content (its MCIDs, as marked-content references to their page, its links
/// and child elements) is moved to the end of the first's /K, the /ParentTree entries that named it name the first, and
/// it leaves its parent. Pairs are joined in the order they were begun, outermost first: a continued TD, moved under the
/// first TR with that row's second part, is then joined to the first TD, and its P to the first P.
/// </remarks>
sealed class ContinuedElements
{
    readonly List<(PdfStructureElement First, PdfStructureElement Next)> _pairs = [];

    public void Add(PdfStructureElement first, PdfStructureElement next) => _pairs.Add((first, next));

    /// <summary>Joins every recorded part to its first, given the whole /ParentTree /Nums array.</summary>
    public void Join(PdfArray? nums)
    {
        if (_pairs.Count == 0) return;
        var parentTree = new Dictionary<int, PdfItem?>();
        for (int i = 0; nums is not null && i + 1 < nums.Elements.Count; i += 2)
            parentTree[nums.Elements.GetInteger(i)] = Resolve(nums.Elements[i + 1]);
        foreach (var (first, next) in _pairs) Join(first, next, parentTree);
        _pairs.Clear();
    }

    static void Join(PdfStructureElement first, PdfStructureElement next, Dictionary<int, PdfItem?> parentTree)
    {
        var firstKids = Kids(first);
        var nextPage = Resolve(next.Elements["/Pg"]) as PdfDictionary;
        foreach (var kid in Kids(next).Elements.ToList())
        {
            switch (Resolve(kid))
            {
                case PdfInteger mcid when nextPage is not null:
                    // An MCID alone is on the element's own page (/Pg): under the first part it needs its page named.
                    var reference = new PdfMarkedContentReference();
                    reference.Elements.SetReference("/Pg", nextPage);
                    reference.Elements.SetInteger("/MCID", mcid.Value);
                    firstKids.Elements.Add(reference);
                    Rename(parentTree, nextPage.Elements.GetInteger("/StructParents"), mcid.Value, next, first);
                    break;
                case PdfDictionary { } marked when marked.Elements.GetName("/Type") == "/MCR":
                    firstKids.Elements.Add(kid);
                    if (Resolve(marked.Elements["/Pg"]) is PdfDictionary page)
                        Rename(parentTree, page.Elements.GetInteger("/StructParents"), marked.Elements.GetInteger("/MCID"), next, first);
                    break;
                case PdfDictionary { } link when link.Elements.GetName("/Type") == "/OBJR":
                    firstKids.Elements.Add(kid);
                    if (Resolve(link.Elements["/Obj"]) is PdfDictionary annotation && annotation.Elements.ContainsKey("/StructParent"))
                        parentTree[annotation.Elements.GetInteger("/StructParent")] = first;
                    break;
                case PdfStructureElement child:
                    child.Elements.SetReference("/P", first);
                    firstKids.Elements.Add(child);
                    break;
            }
        }
        // Only ParentTree arrays and the parent's /K named the second part; the page arrays are edited in place above.
        if (Resolve(next.Elements["/P"]) is PdfDictionary parent && parent.Elements.GetArray("/K") is { } siblings)
            for (int i = siblings.Elements.Count - 1; i >= 0; i--)
                if (ReferenceEquals(Resolve(siblings.Elements[i]), next)) siblings.Elements.RemoveAt(i);
    }

    /// <summary>The page's /ParentTree array names <paramref name="to"/> where it named <paramref name="from"/> for <paramref name="mcid"/>.</summary>
    static void Rename(Dictionary<int, PdfItem?> parentTree, int key, int mcid, PdfStructureElement from, PdfStructureElement to)
    {
        if (parentTree.TryGetValue(key, out var entry) && entry is PdfArray owners && mcid < owners.Elements.Count
            && ReferenceEquals(Resolve(owners.Elements[mcid]), from))
            owners.Elements[mcid] = to.Reference!;
    }

    static PdfArray Kids(PdfStructureElement element)
    {
        if (element.Elements.GetArray("/K") is { } kids) return kids;
        kids = new PdfArray();
        if (element.Elements["/K"] is { } single) kids.Elements.Add(single);
        element.Elements.SetObject("/K", kids);
        return kids;
    }

    static PdfItem? Resolve(PdfItem? item) => item is PdfReference r ? r.Value : item;
}
