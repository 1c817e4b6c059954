using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace ReportBuilder.Pdf.Tagging;

/// <summary>
/// Keeps PDFsharp's /ParentTree short while pages are drawn, and whole when the document is saved.
/// </summary>
/// <remarks>
/// For every marked content it begins, PDFsharp's StructureBuilder finds the current page's entry in the
/// structure tree's /ParentTree by scanning the whole /Nums array (two items a page and two a link annotation),
/// three times. A document's cost therefore grew with the square of its pages: at 1,000 pages of tables or
/// footnotes that scan was 43% of writing the PDF, and 1,000 pages took 22 times as long as 100.
/// <para>Entries are appended in key order (keys come from /ParentTreeNextKey as pages and annotations first need
/// one) and a page's entry is looked up only while the page is drawn, so when a page is finished every entry but
/// the new page's own is moved to this shelf, in order; <see cref="Restore"/> puts them back in front before the
/// document is saved. The saved /Nums array is the one PDFsharp would have written, item for item.</para>
/// </remarks>
sealed class ParentTreeShelf(UAManager ua)
{
    readonly List<PdfItem> _shelved = [];

    /// <summary>The /ParentTree's /Nums array (key, value, key, value…), once PDFsharp has made it.</summary>
    public PdfArray? Nums => ua.StructureTreeRoot.Elements.GetDictionary("/ParentTree")?.Elements.GetArray("/Nums");

    /// <summary>Shelves every entry but <paramref name="current"/>'s (a page just added may already have one).</summary>
    public void ShelveAllBut(PdfPage current)
    {
        if (Nums is not { } nums || nums.Elements.Count == 0) return;
        int? key = current.Elements.ContainsKey("/StructParents") ? current.Elements.GetInteger("/StructParents") : null;
        int shelve = nums.Elements.Count;
        // The current page's entry, if it has one, was the last to be added: nothing has been drawn on the page yet.
        if (key is { } k && nums.Elements.Count >= 2 && nums.Elements[^2] is PdfInteger last && last.Value == k) shelve -= 2;
        for (int i = 0; i < shelve; i++) _shelved.Add(nums.Elements[i]);
        var kept = nums.Elements.Skip(shelve).ToList();
        nums.Elements.Clear();
        foreach (var item in kept) nums.Elements.Add(item);
    }

    /// <summary>Puts the shelved entries back in front of those of the last page, in their order.</summary>
    public void Restore()
    {
        if (_shelved.Count == 0 || Nums is not { } nums) return;
        var tail = nums.Elements.ToList();
        nums.Elements.Clear();
        foreach (var item in _shelved) nums.Elements.Add(item);
        foreach (var item in tail) nums.Elements.Add(item);
        _shelved.Clear();
    }
}
