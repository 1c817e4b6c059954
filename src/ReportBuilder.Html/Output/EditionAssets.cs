using System.Reflection;

namespace ReportBuilder.Html.Output;

/// <summary>The files every edition carries besides <c>index.html</c>: the style sheet and the fonts with their licence.</summary>
/// <remarks>They are embedded in this assembly (see the project file), so an edition can be written from anywhere.</remarks>
internal static class EditionAssets
{
    private const string Prefix = "edition/";

    /// <summary>Relative path inside the edition → bytes, in ordinal order of path.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> All()
    {
        var assembly = typeof(EditionAssets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (name[Prefix.Length..], Read(assembly, name)))
            .ToList();
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from {assembly.GetName().Name}.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
