using PdfSharp.Pdf;
using ReportBuilder.Conformance.Reading;
using ReportBuilder.Conformance.Structure;

namespace ReportBuilder.Conformance.Rules;

/// <summary>
/// Annotations: pages that have them use structure tab order (/Tabs /S); links hang from Link elements and say
/// where they go in /Contents; other annotations hang from Annot (widgets from Form) and carry /Contents or Alt.
/// </summary>
internal static class AnnotationRules
{
    /// <summary>Assistive technology goes from an annotation to its element through /StructParent and the ParentTree.</summary>
    private static bool ParentTreeMapsBack(StructureTree tree, PdfDictionary annotation, StructNode owner) =>
        Pdf.Int(annotation, "/StructParent") is { } key
        && tree.ParentTree.TryGetValue(key, out var entry)
        && entry is PdfDictionary { Reference: { } reference }
        && owner.Element.Reference?.ObjectID == reference.ObjectID;

    public static IEnumerable<ConformanceFailure> Check(PdfFile file, StructureTree? tree)
    {
        // Which element reaches each annotation through an OBJR.
        var owners = new Dictionary<PdfObjectID, StructNode>();
        foreach (var node in tree?.All ?? [])
        {
            foreach (var obj in node.Objects)
            {
                if (obj.Reference is { } reference) owners.TryAdd(reference.ObjectID, node);
            }
        }

        foreach (var (number, page) in file.Pages)
        {
            var annotations = Pdf.Elements(Pdf.Array(page, "/Annots")).OfType<PdfDictionary>().ToList();
            if (annotations.Count == 0) continue;
            var tabs = Pdf.Name(page, "/Tabs");
            if (tabs is null)
                yield return new(Checkpoints.NoTabs, number, $"page ({Pdf.Id(page)})", $"the page has {annotations.Count} annotation(s) but no /Tabs entry");
            else if (tabs != "S")
                yield return new(Checkpoints.TabsNotS, number, $"page ({Pdf.Id(page)})", $"/Tabs is /{tabs}, not /S (structure order)");

            foreach (var annotation in annotations)
            {
                var subtype = Pdf.Name(annotation, "/Subtype") ?? "?";
                if (subtype is "Popup" or "PrinterMark") continue;
                var label = $"{subtype} annotation ({Pdf.Id(annotation)})";
                StructNode? owner = annotation.Reference is { } r && owners.TryGetValue(r.ObjectID, out var o) ? o : null;
                var contents = Pdf.Text(annotation, "/Contents");
                var judgeOwner = tree is not null; // without a tree 01-x01 already covers every annotation
                if (owner is not null && tree is not null && !ParentTreeMapsBack(tree, annotation, owner))
                    yield return new(Checkpoints.StructureIntegrity, number, label, $"reached from {owner.Label}, but its /StructParent does not lead back there through the ParentTree");
                switch (subtype)
                {
                    case "Link":
                        if (judgeOwner && owner?.Standard != "Link")
                            yield return new(Checkpoints.LinkNotInLinkTag, number, label, owner is null ? "no structure element reaches this link (no OBJR to it)" : $"the link hangs from {owner.Label}, not from a Link element");
                        if (string.IsNullOrWhiteSpace(contents))
                            yield return new(Checkpoints.LinkNoContents, number, label, "the link has no /Contents describing where it goes");
                        break;
                    case "Widget":
                        if (judgeOwner && owner?.Standard != "Form")
                            yield return new(Checkpoints.WidgetNotInForm, number, label, owner is null ? "no structure element reaches this widget" : $"the widget hangs from {owner.Label}, not from a Form element");
                        break;
                    default:
                        if (judgeOwner && owner?.Standard != "Annot")
                            yield return new(Checkpoints.AnnotNotInAnnotTag, number, label, owner is null ? "no structure element reaches this annotation" : $"the annotation hangs from {owner.Label}, not from an Annot element");
                        if (string.IsNullOrWhiteSpace(contents) && string.IsNullOrWhiteSpace(Pdf.Text(owner?.Element, "/Alt")))
                            yield return new(Checkpoints.AnnotNoContents, number, label, "the annotation has no /Contents and its structure element no /Alt");
                        break;
                }
            }
        }
    }
}
