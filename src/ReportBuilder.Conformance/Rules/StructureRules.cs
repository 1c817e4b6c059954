using PdfSharp.Pdf;
using ReportBuilder.Conformance.Reading;
using ReportBuilder.Conformance.Structure;

namespace ReportBuilder.Conformance.Rules;

/// <summary>
/// Rules over the structure tree: role mapping, heading order, list/table/TOC syntax (ISO 32000-1 Tables 333, 336, 337),
/// TH scope, alternative text for Figure and Formula, Note IDs, element languages, and references to content that exists.
/// </summary>
internal static class StructureRules
{
    public static IEnumerable<ConformanceFailure> Check(StructureTree tree, IReadOnlySet<ContentKey> markedContent)
    {
        var failures = new List<ConformanceFailure>(tree.ReadProblems);
        RoleMapping(tree, failures);
        Headings(tree, failures);
        var noteIds = new Dictionary<string, StructNode>(StringComparer.Ordinal);
        foreach (var node in tree.All)
        {
            Lists(node, failures);
            Tables(node, failures);
            Toc(node, failures);
            LinkContent(node, failures);
            AlternativeText(node, failures);
            Notes(node, noteIds, failures);
            Language(node, failures);
            foreach (var key in node.Content.Where(k => !markedContent.Contains(k)))
                failures.Add(new(Checkpoints.StructureIntegrity, key.Page, node.Label, $"refers to MCID {key.Mcid}{(key.StreamObject is { } s ? $" in stream obj {s}" : "")}, but no marked content with that MCID exists there"));
        }
        return failures;
    }

    private static void RoleMapping(StructureTree tree, List<ConformanceFailure> failures)
    {
        foreach (var (from, to) in tree.RoleMap)
        {
            if (StructureTree.StandardTypes.Contains(from))
                failures.Add(new(Checkpoints.StandardTypeRemapped, null, $"RoleMap /{from}", $"the standard type {from} is remapped to {to}"));
            else if (IsCircular(tree, from))
                failures.Add(new(Checkpoints.RoleMapCircular, null, $"RoleMap /{from}", "the mapping of this type leads back to itself"));
        }
        foreach (var node in tree.All.Where(n => n.Standard is null))
        {
            if (tree.RoleMap.ContainsKey(node.Type) && IsCircular(tree, node.Type)) continue;
            failures.Add(new(Checkpoints.RoleMapNotStandard, node.Page, node.Label, $"the type {node.Type} is not a standard structure type and is not role-mapped to one"));
        }
    }

    private static bool IsCircular(StructureTree tree, string type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; tree.RoleMap.TryGetValue(current, out var next); current = next)
        {
            if (!seen.Add(current)) return true;
        }
        return false;
    }

    /// <summary>The first numbered heading is H1, and going down no level is skipped (H1 then H3 fails; H3 then H2 is fine).</summary>
    private static void Headings(StructureTree tree, List<ConformanceFailure> failures)
    {
        var numbered = tree.All.Where(n => n.Standard is "H1" or "H2" or "H3" or "H4" or "H5" or "H6").ToList();
        if (numbered.Count > 0 && numbered[0].Standard != "H1")
            failures.Add(new(Checkpoints.FirstHeadingNotH1, numbered[0].Page, numbered[0].Label, $"the first heading is {numbered[0].Standard}, not H1"));
        for (var i = 1; i < numbered.Count; i++)
        {
            var previous = Level(numbered[i - 1]);
            var current = Level(numbered[i]);
            if (current > previous + 1)
                failures.Add(new(Checkpoints.HeadingSkipped, numbered[i].Page, numbered[i].Label, $"{numbered[i].Standard} follows {numbered[i - 1].Standard}: heading level {string.Join(", ", Enumerable.Range(previous + 1, current - previous - 1).Select(l => $"H{l}"))} skipped"));
        }
        if (numbered.Count > 0 && tree.All.FirstOrDefault(n => n.Standard == "H") is { } h)
            failures.Add(new(Checkpoints.HAndHn, h.Page, h.Label, "the document uses both H and numbered headings H1-H6"));
    }

    private static int Level(StructNode heading) => heading.Standard![1] - '0';

    private static void Lists(StructNode node, List<ConformanceFailure> failures)
    {
        switch (node.Standard)
        {
            case "L":
                Kids(node, ["LI", "Caption"], Checkpoints.ListSyntax, failures);
                break;
            case "LI":
                Parent(node, ["L"], Checkpoints.ListSyntax, failures);
                Kids(node, ["Lbl", "LBody"], Checkpoints.ListSyntax, failures);
                break;
            case "LBody":
                Parent(node, ["LI"], Checkpoints.ListSyntax, failures);
                break;
            case "Lbl" when node.Parent?.Standard is not ("TOCI" or "LI"):
                // Lbl also labels TOC items (Table 333), so only its list use is judged here.
                Parent(node, ["LI"], Checkpoints.ListSyntax, failures);
                break;
        }
    }

    private static void Tables(StructNode node, List<ConformanceFailure> failures)
    {
        switch (node.Standard)
        {
            case "Table":
                Kids(node, ["TR", "THead", "TBody", "TFoot", "Caption"], Checkpoints.TableSyntax, failures);
                ThScopes(node, failures);
                break;
            case "THead" or "TBody" or "TFoot":
                Parent(node, ["Table"], Checkpoints.TableSyntax, failures);
                Kids(node, ["TR"], Checkpoints.TableSyntax, failures);
                break;
            case "TR":
                Parent(node, ["Table", "THead", "TBody", "TFoot"], Checkpoints.TableSyntax, failures);
                Kids(node, ["TH", "TD"], Checkpoints.TableSyntax, failures);
                break;
            case "TH" or "TD":
                Parent(node, ["TR"], Checkpoints.TableSyntax, failures);
                break;
        }
    }

    /// <summary>15-003: a table organised without Headers needs a Scope on every TH.</summary>
    private static void ThScopes(StructNode table, List<ConformanceFailure> failures)
    {
        var cells = Descendants(table).Where(n => n.Standard is "TH" or "TD").ToList();
        if (cells.Any(c => Attribute(c.Element, "/Headers") is not null)) return;
        foreach (var th in cells.Where(c => c.Standard == "TH"))
        {
            var scope = Attribute(th.Element, "/Scope") as PdfName;
            if (scope is null || scope.Value.TrimStart('/') is not ("Row" or "Column" or "Both"))
                failures.Add(new(Checkpoints.ThNoScope, th.Page, th.Label, scope is null ? "header cell has no /Scope attribute and the table does not use /Headers" : $"header cell /Scope is {scope.Value}, not Row, Column or Both"));
        }
    }

    private static void Toc(StructNode node, List<ConformanceFailure> failures)
    {
        switch (node.Standard)
        {
            case "TOC":
                Kids(node, ["TOCI", "TOC", "Caption"], Checkpoints.TocSyntax, failures);
                break;
            case "TOCI":
                Parent(node, ["TOC"], Checkpoints.TocSyntax, failures);
                Kids(node, ["Lbl", "Reference", "NonStruct", "P", "TOC"], Checkpoints.TocSyntax, failures);
                break;
        }
    }

    /// <summary>Block-level and grouping types (ISO 32000-1 14.8.4.2, 14.8.4.3), which an inline Link may not hold.</summary>
    private static readonly HashSet<string> BlockTypes = new(StringComparer.Ordinal)
    {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
    };

    /// <summary>
    /// 09-x01: a Link is inline; it holds its text, inline elements (Span, Figure) and its annotation, never a P or
    /// other block. A contents entry written as Link › P reads as a paragraph inside a link, which Table 333's
    /// TOCI › Reference › Link shape does not allow either.
    /// </summary>
    private static void LinkContent(StructNode node, List<ConformanceFailure> failures)
    {
        if (node.Standard != "Link") return;
        foreach (var kid in node.Children.Where(k => k.Standard is { } s && BlockTypes.Contains(s)))
            failures.Add(new(Checkpoints.BlockInsideLink, kid.Page ?? node.Page, kid.Label, $"{kid.Standard} inside Link ({Pdf.Id(node.Element)}); a Link is inline and holds text and inline elements only"));
    }

    private static void AlternativeText(StructNode node, List<ConformanceFailure> failures)
    {
        if (node.Standard is not ("Figure" or "Formula")) return;
        if (!string.IsNullOrWhiteSpace(Pdf.Text(node.Element, "/Alt")) || !string.IsNullOrWhiteSpace(Pdf.Text(node.Element, "/ActualText"))) return;
        failures.Add(node.Standard == "Figure"
            ? new(Checkpoints.FigureNoAlt, node.Page, node.Label, "Figure has no /Alt or /ActualText, so a screen reader has nothing to say")
            : new(Checkpoints.FormulaNoAlt, node.Page, node.Label, "Formula has no /Alt or /ActualText"));
    }

    private static void Notes(StructNode node, Dictionary<string, StructNode> ids, List<ConformanceFailure> failures)
    {
        if (node.Standard != "Note") return;
        var id = Pdf.Text(node.Element, "/ID");
        if (string.IsNullOrEmpty(id))
            failures.Add(new(Checkpoints.NoteNoId, node.Page, node.Label, "Note has no /ID"));
        else if (ids.TryGetValue(id, out var first))
            failures.Add(new(Checkpoints.NoteIdNotUnique, node.Page, node.Label, $"Note /ID ({id}) is also used by {first.Label}"));
        else
            ids[id] = node;
    }

    private static void Language(StructNode node, List<ConformanceFailure> failures)
    {
        if (Pdf.Get(node.Element, "/Lang") is null) return;
        var lang = Pdf.Text(node.Element, "/Lang");
        if (lang == "") return; // an empty Lang means "unknown" and defers to the document's language
        if (lang is null || !LanguageTag.IsWellFormed(lang))
            failures.Add(new(Checkpoints.NoLanguage, node.Page, node.Label, $"/Lang ({lang ?? "not a string"}) is not a well-formed BCP 47 language tag"));
    }

    private static void Kids(StructNode node, string[] allowed, string checkpoint, List<ConformanceFailure> failures)
    {
        foreach (var kid in node.Children.Where(k => k.Standard is not null && !allowed.Contains(k.Standard)))
            failures.Add(new(checkpoint, kid.Page ?? node.Page, kid.Label, $"{kid.Standard} inside {node.Standard} ({Pdf.Id(node.Element)}); {node.Standard} may contain only {string.Join(", ", allowed)}"));
    }

    private static void Parent(StructNode node, string[] allowed, string checkpoint, List<ConformanceFailure> failures)
    {
        var parent = node.Parent?.Standard ?? "the structure tree root";
        if (!allowed.Contains(parent))
            failures.Add(new(checkpoint, node.Page, node.Label, $"{node.Standard} inside {parent}; it belongs only in {string.Join(" or ", allowed)}"));
    }

    private static IEnumerable<StructNode> Descendants(StructNode node) =>
        node.Children.SelectMany(c => new[] { c }.Concat(Descendants(c)));

    /// <summary>An attribute from /A, which may be one dictionary or an array of them (with revision numbers between).</summary>
    private static PdfItem? Attribute(PdfDictionary element, string key) =>
        Pdf.OneOrMany(element.Elements["/A"]).OfType<PdfDictionary>().Select(a => Pdf.Get(a, key)).FirstOrDefault(v => v is not null);
}
