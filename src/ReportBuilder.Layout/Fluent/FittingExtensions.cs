using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Infrastructure;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Fitting a section onto its page rather than leaving its last lines alone on the next.</summary>
public static class FittingExtensions
{
    /// <summary>
    /// When the content overflows its page by at most <paramref name="maxOverflow"/> points, it is set tighter to fit:
    /// line heights down to <paramref name="minLineShare"/> of theirs, spaces between blocks down to <paramref name="minSpaceShare"/>.
    /// </summary>
    public static IContainer FitOnPage(this IContainer container, double maxOverflow, double minLineShare, double minSpaceShare)
    {
        if (maxOverflow < 0 || !double.IsFinite(maxOverflow))
            throw new DocumentComposeException($"FitOnPage: the overflow {maxOverflow} must be a non-negative number of points.");
        if (!(minLineShare is > 0 and <= 1) || !(minSpaceShare is >= 0 and <= 1))
            throw new DocumentComposeException($"FitOnPage: the shares kept ({minLineShare}, {minSpaceShare}) must lie between 0 and 1.");
        return container.Slot().Decorate(new FitOnPage
        {
            MaxOverflow = maxOverflow,
            Tightest = new VerticalSqueeze(minLineShare, minSpaceShare),
        }, "a page fit");
    }
}
