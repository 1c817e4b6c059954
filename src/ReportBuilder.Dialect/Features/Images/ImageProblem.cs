using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Dialect.Features.Images;

/// <summary>
/// Why an image cannot be placed: a code and the words that go with it. Each mistake has one code and one wording,
/// whichever stage finds it (the report folder's Markdown when it is loaded, the templates' output when it is rendered).
/// </summary>
public sealed record ImageProblem(string Code, string Message)
{
    public static ImageProblem WithoutText() => new(DiagnosticCodes.ImageWithoutText,
        "an image needs its alternative text, the words a reader who cannot see it hears: write ![what the image shows](images/name.png)");

    public static ImageProblem NotAlone() => new(DiagnosticCodes.ImageNotAlone,
        "an image stands in a paragraph of its own (a blank line before and after it), not in running text, a heading, a link or a table");

    public static ImageProblem Remote(string url) => new(DiagnosticCodes.ImageRemote,
        $"the image '{Shorten(url)}' is an address, and images are never fetched: copy the file into the folder's images/ and write its path (images/name.png)");

    public static ImageProblem Outside(string url, string why) => new(DiagnosticCodes.ImageOutsideFolder,
        $"the image '{Shorten(url)}' leads outside the folder ({why}): an image is a file inside the folder, such as images/name.png");

    public static ImageProblem Missing(string shown) => new(DiagnosticCodes.ImageMissing,
        $"the image file {shown} does not exist; images are found from the folder itself, such as images/name.png");

    public static ImageProblem Unreadable(string shown, string why) => new(DiagnosticCodes.ImageUnreadable,
        $"the image file {shown} cannot be read: {why}");

    public static ImageProblem NotRecognised(string shown, string why) => new(DiagnosticCodes.ImageNotRecognised,
        $"the image file {shown} is not a PNG or JPEG image that can be placed: {why}");

    public static ImageProblem TooLarge(string shown, long limit) => new(DiagnosticCodes.ImageTooLarge,
        $"the image file {shown} is more than {limit:N0} bytes (limit image-size): save it smaller, or raise the limit with --limit image-size=…");

    public static ImageProblem TooManyPixels(string shown, long width, long height, long limit) => new(DiagnosticCodes.ImageTooManyPixels,
        $"the image file {shown} is {width:N0}×{height:N0} pixels, more than {limit:N0} (limit image-pixels): scale it down, or raise the limit with --limit image-pixels=…");

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
