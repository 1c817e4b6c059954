using System.Reflection;

namespace ReportBuilder.Cli.Preview;

/// <summary>The preview page, its script and its style, embedded in the tool (Preview/Assets/) so it needs no files beside it.</summary>
internal static class PreviewAssets
{
    public static string Page { get; } = Read("preview.html");
    public static string Script { get; } = Read("preview.js");
    public static string Style { get; } = Read("preview.css");

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ReportBuilder.Cli.Preview.Assets.{name}")
            ?? throw new InvalidOperationException($"the preview asset {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
