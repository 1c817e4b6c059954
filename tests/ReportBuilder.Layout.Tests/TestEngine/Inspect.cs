using ReportBuilder.Layout.Drawing;

namespace ReportBuilder.Layout.Tests.TestEngine;

/// <summary>Questions tests ask of a recording.</summary>
public static class Inspect
{
    /// <summary>Lines (distinct baselines) of body text drawn directly in <paramref name="node"/>, per page.</summary>
    public static Dictionary<int, int> LinesPerPage(RecordedStructure node) =>
        node.Texts.GroupBy(t => t.PageIndex).ToDictionary(g => g.Key, g => g.Select(t => Math.Round(t.Origin.Y, 2)).Distinct().Count());

    public static IEnumerable<RecordedStructure> Paragraphs(RecordingCanvas canvas) =>
        canvas.AllStructures.Where(s => s.Role == StructureRole.Paragraph);

    /// <summary>Pages holding the text <paramref name="text"/> (exact match on a trimmed run).</summary>
    public static List<int> PagesOf(RecordingCanvas canvas, string text) =>
        canvas.Texts.Where(t => t.Text.Trim() == text).Select(t => t.PageIndex).Distinct().ToList();

    public static string Dump(RecordingCanvas canvas) => string.Join("\n", canvas.Calls.Select(c => c switch
    {
        RecordedText t => $"{t.PageIndex} text '{t.Text}' {t.Font.Name} {t.FontSize:0.###} {t.Color} {t.Origin.X:0.###},{t.Origin.Y:0.###}",
        RecordedBegin b => $"{b.PageIndex} begin {b.Element.Role} {b.Element.Id} {b.Element.AlternateText}",
        RecordedLink l => $"{l.PageIndex} link {l.Target.AnchorName}{l.Target.Uri} {l.Target.PageIndex} {l.Area}",
        _ => c.ToString(),
    }));
}
