using ReportBuilder.Data.Output;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportBuilder.Cli.Archive;

/// <summary>Reads and writes manifests and sidecars as JSON: camelCase, indented, "\n" line ends on every OS, no reflection (AOT-safe).</summary>
public static class ManifestFile
{
    public static void Write(string path, Manifest manifest) =>
        AtomicFile.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(manifest, ArchiveJsonContext.Default.Manifest));

    /// <summary>Reads a manifest; a file that is not one gives an <see cref="InvalidDataException"/> naming it.</summary>
    public static Manifest Read(string path)
    {
        Manifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(File.ReadAllBytes(path), ArchiveJsonContext.Default.Manifest);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{(e.LineNumber ?? 0) + 1}: not a manifest: {e.Message}", e);
        }
        if (manifest is null || manifest.Reports is null || manifest.Failures is null)
            throw new InvalidDataException($"{path}: not a manifest (expected an object with \"reports\" and \"failures\").");
        if (manifest.Format != Manifest.CurrentFormat)
            throw new InvalidDataException($"{path}: manifest format {manifest.Format}, this reportbuilder reads format {Manifest.CurrentFormat}.");
        return manifest with { Run = manifest.Run ?? new ManifestRun("", 0, [], 0, new Dictionary<string, long>()) };
    }

    internal static byte[] Serialize(BuildSidecar sidecar) => JsonSerializer.SerializeToUtf8Bytes(sidecar, ArchiveJsonContext.Default.BuildSidecar);

    internal static BuildSidecar? TryReadSidecar(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), ArchiveJsonContext.Default.BuildSidecar) : null;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null; // a damaged sidecar only means the report is built again
        }
    }
}

[JsonSourceGenerationOptions(WriteIndented = true, NewLine = "\n", PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Manifest))]
[JsonSerializable(typeof(BuildSidecar))]
internal sealed partial class ArchiveJsonContext : JsonSerializerContext;
