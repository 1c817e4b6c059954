using System.Text.RegularExpressions;

namespace ReportBuilder.Dialect.Features.Images;

/// <summary>
/// The path an image's Markdown names (<c>images/chart.png</c>), read as a path inside the folder that holds the
/// Markdown's report (or template set): never an address, never absolute, never through <c>..</c>. The path is taken
/// literally (no percent-decoding), <c>\</c> counts as <c>/</c>, and <c>./</c> and doubled slashes are dropped, so one
/// file has one name. Whether the file exists, and where its links lead, is for the reader of that folder.
/// </summary>
public static partial class ImagePath
{
    /// <summary>The extensions an image's path may end with, and the encoding each promises.</summary>
    public static Core.Model.ReportImageFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => Core.Model.ReportImageFormat.Png,
        ".jpg" or ".jpeg" => Core.Model.ReportImageFormat.Jpeg,
        _ => null,
    };

    /// <summary>The normalised relative path, or the problem with <paramref name="url"/>.</summary>
    public static (string? Path, ImageProblem? Problem) Normalise(string? url)
    {
        var text = (url ?? "").Trim();
        if (text.Length == 0) return (null, ImageProblem.Missing("''"));
        if (text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith(@"\\", StringComparison.Ordinal)) return (null, ImageProblem.Remote(text));
        if (DriveLetter().IsMatch(text)) return (null, ImageProblem.Outside(text, "an absolute path"));
        if (Scheme().IsMatch(text)) return (null, ImageProblem.Remote(text));
        if (text[0] is '/' or '\\') return (null, ImageProblem.Outside(text, "an absolute path"));
        var segments = new List<string>();
        foreach (var segment in text.Split('/', '\\'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") return (null, ImageProblem.Outside(text, "'..' climbs out of it"));
            if (segment.Any(char.IsControl)) return (null, ImageProblem.Missing($"'{Printable(text)}'"));
            segments.Add(segment);
        }
        if (segments.Count == 0) return (null, ImageProblem.Missing($"'{text}'"));
        var path = string.Join('/', segments);
        if (FormatOf(path) is null)
            return (null, ImageProblem.NotRecognised(path, "its name must end in .png, .jpg or .jpeg"));
        return (path, null);
    }

    private static string Printable(string text) => new(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());

    [GeneratedRegex(@"^[A-Za-z]:[\\/]")]
    private static partial Regex DriveLetter();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex Scheme();
}
