using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Infrastructure;

/// <summary>What the footnote area answers for a line that carries references (see <see cref="FootnoteArea.Fit"/>).</summary>
/// <param name="Fits">The line may be placed on this page: its notes fit at the foot, whole or with the last one begun.</param>
/// <param name="Height">How much the area grows by when the line is placed.</param>
/// <param name="Continued">The note begun here and continued on the next page, or null when every note fits whole.</param>
/// <param name="ContinuedLines">How many lines of <paramref name="Continued"/> this page holds.</param>
internal readonly record struct FootnoteFit(bool Fits, double Height, Footnote? Continued = null, int ContinuedLines = 0)
{
    /// <summary>The notes do not fit: the line goes to the next page.</summary>
    public static FootnoteFit None => default;
}
