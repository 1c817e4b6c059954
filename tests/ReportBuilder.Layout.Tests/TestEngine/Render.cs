using ReportBuilder.Layout.Drawing;
using ReportBuilder.Layout.Fluent;

namespace ReportBuilder.Layout.Tests.TestEngine;

/// <summary>Lays out a document on a recording canvas, with small pages by default so that tests stay short.</summary>
public static class Render
{
    public static (RecordingCanvas Canvas, LayoutResult Result) Document(Action<DocumentDescriptor> compose, LayoutOptions? options = null)
    {
        var document = global::ReportBuilder.Layout.Document.Create(TestFonts.Collection, compose);
        var canvas = new RecordingCanvas();
        var result = document.Generate(canvas, options);
        Assert.Empty(canvas.Problems);
        return (canvas, result);
    }

    /// <summary>One section of <paramref name="size"/> (default A5-ish 300×400 pt) with 20 pt margins.</summary>
    public static (RecordingCanvas Canvas, LayoutResult Result) Content(Action<IContainer> content, Size? size = null, Action<SectionDescriptor>? section = null) =>
        Document(d => d.Section(s =>
        {
            s.Size(size ?? new Size(300, 400)).Margin(20);
            section?.Invoke(s);
            content(s.Content());
        }));

    public static string Words(int count, int seed = 1)
    {
        string[] words = ["inspection", "of", "youth", "justice", "services", "the", "partnership", "board", "children", "and", "staff",
            "work", "well", "together", "to", "keep", "people", "safe", "quality", "assurance", "is", "effective"];
        var list = new List<string>(count);
        uint x = (uint)seed * 2654435761u;
        for (int i = 0; i < count; i++)
        {
            x = x * 1664525u + 1013904223u;
            list.Add(words[(x >> 16) % (uint)words.Length]);
        }
        return string.Join(" ", list);
    }
}
