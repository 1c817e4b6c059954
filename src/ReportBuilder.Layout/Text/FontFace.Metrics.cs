using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Drawing;

public sealed partial class FontFace
{
    private FontMetrics? metrics;

    /// <summary>The face's metrics, read from <see cref="Data"/> on first use and kept.</summary>
    public FontMetrics Metrics => metrics ??= TrueTypeReader.Read(Data, Name);

    internal FontFace(FontMetrics metrics, byte[] data)
        : this(metrics.PostScriptName, metrics.FamilyName, metrics.IsBold, metrics.IsItalic, data)
        => this.metrics = metrics;

    /// <summary>Width of <paramref name="text"/> at <paramref name="fontSize"/> points, counting only glyphs this face has.</summary>
    public double MeasureWidth(string text, double fontSize)
    {
        var m = Metrics;
        double sum = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length) cp = char.ConvertToUtf32(text[i], text[++i]);
            double a = m.Advance(cp);
            if (!double.IsNaN(a)) sum += a;
        }
        return sum * fontSize;
    }
}
