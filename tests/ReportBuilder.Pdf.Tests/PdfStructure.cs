using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace ReportBuilder.Pdf.Tests;

/// <summary>A structure element read back with PDFsharp's reader.</summary>
sealed record StructNode(string Type, PdfDictionary Dictionary, IReadOnlyList<StructNode> Children, IReadOnlyList<PdfItem> Content)
{
    public IEnumerable<StructNode> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));

    public string? Text(string key) => Dictionary.Elements[key] is PdfString s ? s.Value : null;

    /// <summary>The table attribute dictionary (/A with /O /Table), if any.</summary>
    public PdfDictionary? TableAttributes => PdfStructure.Resolve(Dictionary.Elements["/A"]) switch
    {
        PdfDictionary d when d.Elements.GetName("/O") == "/Table" => d,
        PdfArray a => a.Elements.Select(PdfStructure.Resolve).OfType<PdfDictionary>().FirstOrDefault(d => d.Elements.GetName("/O") == "/Table"),
        _ => null,
    };

    /// <summary>Pages (0-based) on which this element has marked content.</summary>
    public IEnumerable<int> Pages(PdfDocument doc)
    {
        var own = Dictionary.Elements["/Pg"];
        foreach (var item in Content)
        {
            if (item is PdfInteger) yield return PageIndex(doc, own);
            else if (item is PdfDictionary d && d.Elements.GetName("/Type") == "/MCR") yield return PageIndex(doc, d.Elements["/Pg"]);
        }
    }

    static int PageIndex(PdfDocument doc, PdfItem? pg)
    {
        if (pg is not PdfReference r) return -1;
        for (var i = 0; i < doc.PageCount; i++)
            if (doc.Pages[i].Reference?.ObjectNumber == r.ObjectNumber)
                return i;
        return -1;
    }
}

static class PdfStructure
{
    public static PdfDocument Open(byte[] bytes) => PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

    public static PdfItem? Resolve(PdfItem? item) => item is PdfReference r ? r.Value : item;

    /// <summary>
    /// Asserts that every marked content an element of the tree owns maps back to that element through its page's
    /// /ParentTree array; returns how many it checked.
    /// </summary>
    public static int CheckParentTree(PdfDocument doc)
    {
        var root = doc.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!;
        var nums = (PdfArray)Resolve(((PdfDictionary)Resolve(root.Elements["/ParentTree"])!).Elements["/Nums"])!;
        var byKey = Enumerable.Range(0, nums.Elements.Count / 2).ToDictionary(i => nums.Elements.GetInteger(2 * i), i => Resolve(nums.Elements[2 * i + 1]));
        int checkedMcids = 0;
        foreach (var element in Root(doc).Descendants())
        {
            var ownPage = element.Dictionary.Elements["/Pg"];
            foreach (var item in element.Content)
            {
                (PdfItem? page, int mcid) = item switch
                {
                    PdfInteger i => (ownPage, i.Value),
                    PdfDictionary mcr when mcr.Elements.GetName("/Type") == "/MCR" => (mcr.Elements["/Pg"], mcr.Elements.GetInteger("/MCID")),
                    _ => (null, -1),
                };
                if (mcid < 0) continue;
                var pageDict = (PdfDictionary)Resolve(page)!;
                var owners = Xunit.Assert.IsType<PdfArray>(byKey[pageDict.Elements.GetInteger("/StructParents")]);
                Xunit.Assert.Same(element.Dictionary, Resolve(owners.Elements[mcid]));
                checkedMcids++;
            }
        }
        return checkedMcids;
    }

    /// <summary>The structure tree below /StructTreeRoot, one node per structure element.</summary>
    public static StructNode Root(PdfDocument doc)
    {
        var root = doc.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")
                   ?? throw new Xunit.Sdk.XunitException("No /StructTreeRoot in the catalog.");
        return Read(root, "StructTreeRoot");
    }

    static StructNode Read(PdfDictionary dict, string type)
    {
        var children = new List<StructNode>();
        var content = new List<PdfItem>();
        var k = Resolve(dict.Elements["/K"]);
        var items = k is PdfArray array ? array.Elements.Select(Resolve).ToList() : [k];
        foreach (var item in items)
        {
            if (item is PdfDictionary d && d.Elements.GetName("/Type") is not ("/MCR" or "/OBJR"))
                children.Add(Read(d, d.Elements.GetName("/S").TrimStart('/')));
            else if (item is not null)
                content.Add(item);
        }
        return new StructNode(type, dict, children, content);
    }
}
