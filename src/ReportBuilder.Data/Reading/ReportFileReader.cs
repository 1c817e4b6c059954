using ReportBuilder.Core.Files;

namespace ReportBuilder.Data.Reading;

/// <summary>
/// The one way a file of a report folder (or a template set) is read: its real path (every link and <c>..</c>
/// resolved) must lie inside the folder's real path, it must be a regular file (a FIFO, socket or device is refused
/// without being opened), and it is read in pieces up to the size limit, so a link to <c>/dev/zero</c> or a file
/// that grows cannot exhaust memory; the cancellation token (the build's time limit) is checked between pieces.
/// </summary>
/// <param name="root">The folder every file must lie inside.</param>
/// <param name="maxBytes">The most bytes a file may hold (<c>--limit file-size</c>).</param>
public sealed class ReportFileReader(string root, long maxBytes, CancellationToken cancellationToken = default) : IInputFileReader
{
    private const int Piece = 64 * 1024;
    private readonly string _realRoot = WithSeparator(FileProbe.RealPath(root) ?? Path.GetFullPath(root));

    public long MaxBytes { get; } = maxBytes;

    /// <summary>Reads <paramref name="path"/>; the result holds its bytes, or why it was refused.</summary>
    public FileRead Read(string path)
    {
        var real = FileProbe.RealPath(path);
        if (real is null) return FileRead.Refuse(FileRefusal.Missing, "the file does not exist (or a link in its path leads nowhere, or to itself)");
        if (!WithSeparator(real).StartsWith(_realRoot, StringComparison.Ordinal) || real.Length < _realRoot.Length)
            return FileRead.Refuse(FileRefusal.Outside, $"leads outside the folder (to {real}); copy the file into the folder instead");
        switch (FileProbe.KindOf(real))
        {
            case FileKind.Missing: return FileRead.Refuse(FileRefusal.Missing, "the file does not exist");
            case FileKind.Directory: return FileRead.Refuse(FileRefusal.NotAFile, "is a folder, not a file");
            case FileKind.Special: return FileRead.Refuse(FileRefusal.NotAFile, "is not a regular file (a named pipe, socket or device); it is not read");
        }
        try
        {
            using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.Length > MaxBytes) return TooLarge();
            if (stream.Length > Array.MaxLength) return FileRead.Refuse(FileRefusal.Unreadable, "cannot read a file of more than 2 GB");
            // Sized from the file's length, so a font of a megabyte is one array, not a growing buffer copied at every
            // doubling and once more at the end. A file that is not as long as it said (it changed while being read,
            // or is one of the kernel's, which say 0) is read on in pieces up to the limit.
            var bytes = new byte[stream.Length];
            var filled = ReadPieces(stream, bytes);
            if (filled < bytes.Length) return FileRead.Of(bytes[..filled]);
            Span<byte> probe = stackalloc byte[1];
            return stream.Read(probe) == 0 ? FileRead.Of(bytes) : ReadGrown(stream, bytes, probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileRead.Refuse(FileRefusal.Unreadable, $"cannot read the file: {e.Message}");
        }
    }

    /// <summary>Fills <paramref name="into"/> a piece at a time, the token checked before each; how far it got.</summary>
    private int ReadPieces(Stream stream, byte[] into)
    {
        var at = 0;
        while (at < into.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = stream.Read(into, at, Math.Min(Piece, into.Length - at));
            if (read == 0) break;
            at += read;
        }
        return at;
    }

    /// <summary>The rest of a file longer than it said, up to the limit.</summary>
    private FileRead ReadGrown(Stream stream, byte[] start, ReadOnlySpan<byte> more)
    {
        var buffer = new MemoryStream();
        buffer.Write(start);
        buffer.Write(more);
        var piece = new byte[Piece];
        while (buffer.Length <= MaxBytes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = stream.Read(piece, 0, (int)Math.Min(Piece, MaxBytes + 1 - buffer.Length));
            if (read == 0) break;
            buffer.Write(piece, 0, read);
        }
        return buffer.Length > MaxBytes ? TooLarge() : FileRead.Of(buffer.ToArray());
    }

    private FileRead TooLarge() => FileRead.Refuse(FileRefusal.TooLarge,
        $"the file is more than {MaxBytes:N0} bytes; the limit is {MaxBytes:N0} (limit file-size): a report file is a few kilobytes");

    public byte[]? TryRead(string path, out string refusal)
    {
        var read = Read(path);
        refusal = read.Reason ?? "";
        return read.Bytes;
    }

    private static string WithSeparator(string path) => Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar;
}

/// <summary>Why a file was not read.</summary>
public enum FileRefusal
{
    None,
    Missing,
    Outside,
    NotAFile,
    TooLarge,
    Unreadable,
}

/// <summary>A file's bytes, or the reason it was refused.</summary>
public sealed record FileRead(byte[]? Bytes, FileRefusal Refusal, string? Reason)
{
    internal static FileRead Of(byte[] bytes) => new(bytes, FileRefusal.None, null);

    internal static FileRead Refuse(FileRefusal refusal, string reason) => new(null, refusal, reason);
}
