using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ReportBuilder.Data.Reading;

namespace ReportBuilder.Cli.Archive;

/// <summary>
/// The SHA-256 of everything a report's PDF is made from: the report folder and its template folder.
/// </summary>
/// <remarks>
/// Files are taken in ordinal order of their relative paths (forward slashes, prefixed <c>report/</c> or <c>template/</c>),
/// each framed as path, NUL, 8-byte length, bytes, so that no two different trees can give the same stream. Paths are
/// relative, so the hash is the same wherever the archive is checked out. Hidden files and folders (a leading dot, such as
/// an editor's swap file or <c>.git</c>) are left out: they never reach a PDF. A file that is not a regular file (a FIFO,
/// a device) is hashed by name only and never opened; the loader refuses it.
/// </remarks>
public static class InputHasher
{
    public static string Hash(string reportFolder, string? templateFolder)
    {
        var files = new List<(string Name, string FullPath)>();
        AddTree(files, "report/", reportFolder);
        if (templateFolder is not null && Directory.Exists(templateFolder)) AddTree(files, "template/", templateFolder);
        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var (name, fullPath) in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(name));
            sha.AppendData([0]);
            // A FIFO, socket or device is never opened (a FIFO would wait for a writer for ever): its name counts, with length -1.
            var bytes = FileProbe.KindOf(fullPath) == FileKind.Regular ? File.ReadAllBytes(fullPath) : null;
            BinaryPrimitives.WriteInt64LittleEndian(length, bytes?.LongLength ?? -1);
            sha.AppendData(length);
            if (bytes is not null) sha.AppendData(bytes);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The lower-case hex SHA-256 of some bytes (an output PDF).</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static void AddTree(List<(string, string)> files, string prefix, string root)
    {
        var stack = new Stack<string>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var folder = stack.Pop();
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.')) continue;
                if (Directory.Exists(entry)) stack.Push(entry);
                else files.Add((prefix + Path.GetRelativePath(root, entry).Replace('\\', '/'), entry));
            }
        }
    }
}
