namespace ReportBuilder.Layout;

/// <summary>The document was built wrongly (a second child, a negative size, a missing alt text): found while composing, before any layout.</summary>
public sealed class DocumentComposeException(string message) : Exception(message);

/// <summary>The document cannot be laid out: content that can never fit, a page cap reached, cross-references that never settle.</summary>
public class LayoutException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The document needs more pages than <see cref="LayoutOptions.MaxPages"/> allows; layout stopped there.</summary>
public sealed class PageLimitException(int limit, string message) : LayoutException(message)
{
    public int Limit { get; } = limit;
}

/// <summary>Something the engine worked around but a person should hear of (a character no font has).</summary>
/// <param name="Message">What happened, with the text around it so that it can be found.</param>
public sealed record LayoutWarning(string Message)
{
    public override string ToString() => "warning: " + Message;
}
