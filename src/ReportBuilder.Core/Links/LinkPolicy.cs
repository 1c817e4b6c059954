namespace ReportBuilder.Core.Links;

/// <summary>
/// Which link targets may be live in either edition: <c>http</c>, <c>https</c>, <c>mailto</c> and in-document
/// (<c>#name</c>) links. Everything else (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c>,
/// <c>smb:</c>, UNC <c>\\host\share</c>, protocol-relative <c>//host</c>, relative paths) is printed as text.
/// </summary>
/// <remarks>
/// One policy for the PDF's <c>/URI</c> actions and the HTML edition's <c>href</c>s, so the two editions cannot
/// disagree. The target is judged as a browser or PDF reader would read it: Markdig has already decoded entities
/// (<c>&amp;#106;avascript:</c>), and readers ignore leading and trailing spaces and control characters and
/// tabs or line breaks anywhere (<c>java&#9;script:</c>), so those are removed before the scheme is read, and the
/// scheme is compared without regard to case. An allowed link is written as <see cref="LinkDecision.Target"/>,
/// that cleaned form.
/// </remarks>
public static class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>Judges <paramref name="url"/> (a link destination as Markdown gives it, entities decoded).</summary>
    public static LinkDecision Judge(string? url)
    {
        var target = Clean(url ?? "");
        if (target.Length == 0) return LinkDecision.Refuse(target, "the link has no target");
        if (target[0] == '#') return LinkDecision.Allow(target, LinkKind.InDocument);
        if (target.StartsWith("//", StringComparison.Ordinal) || target.StartsWith(@"\\", StringComparison.Ordinal)
            || target.StartsWith(@"/\", StringComparison.Ordinal) || target.StartsWith(@"\/", StringComparison.Ordinal))
            return LinkDecision.Refuse(target, "a link to another computer's share or a link without a scheme ('//…', '\\\\…') could leak the reader's login");

        var scheme = SchemeOf(target);
        if (scheme is null)
            return LinkDecision.Refuse(target, "only http, https and mailto addresses and '#' links within the report are live; a relative path points outside the edition");
        if (!AllowedSchemes.Contains(scheme))
            return LinkDecision.Refuse(target, $"'{scheme}:' links are not allowed; only http, https and mailto addresses and '#' links within the report are live");
        if (scheme != "mailto" && !(Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Host.Length > 0))
            return LinkDecision.Refuse(target, $"'{target}' is not a complete {scheme} address");
        return LinkDecision.Allow(target, scheme == "mailto" ? LinkKind.Mail : LinkKind.Web);
    }

    /// <summary>True when <paramref name="url"/> may be a live link.</summary>
    public static bool IsAllowed(string? url) => Judge(url).Allowed;

    /// <summary>Trims what readers trim (spaces and C0 controls at either end) and removes what they skip (tab, CR, LF).</summary>
    private static string Clean(string url)
    {
        var trimmed = url.AsSpan().Trim("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u0020\u00a0");
        if (trimmed.IndexOfAny('\t', '\r', '\n') < 0) return trimmed.ToString();
        var sb = new System.Text.StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
            if (c is not ('\t' or '\r' or '\n')) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>The lower-case scheme (RFC 3986: a letter, then letters, digits, '+', '-', '.') before the first ':', or null.</summary>
    private static string? SchemeOf(string target)
    {
        var colon = target.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(target[0])) return null;
        for (var i = 1; i < colon; i++)
            if (!(char.IsAsciiLetterOrDigit(target[i]) || target[i] is '+' or '-' or '.')) return null;
        return target[..colon].ToLowerInvariant();
    }
}

/// <summary>What kind of live link an allowed target is.</summary>
public enum LinkKind
{
    /// <summary>Refused: printed as text.</summary>
    None,
    /// <summary><c>#name</c>: a place in the same document.</summary>
    InDocument,
    /// <summary>An <c>http</c> or <c>https</c> address.</summary>
    Web,
    /// <summary>A <c>mailto</c> address.</summary>
    Mail,
}

/// <summary>The verdict on one link target.</summary>
/// <param name="Target">The target as readers would read it (trimmed, tabs and line breaks removed).</param>
/// <param name="Kind">What the live link is; <see cref="LinkKind.None"/> when refused.</param>
/// <param name="Reason">Why it was refused, for the warning; null when allowed.</param>
public sealed record LinkDecision(string Target, LinkKind Kind, string? Reason)
{
    public bool Allowed => Kind != LinkKind.None;

    internal static LinkDecision Allow(string target, LinkKind kind) => new(target, kind, null);

    internal static LinkDecision Refuse(string target, string reason) => new(target, LinkKind.None, reason);
}
