using System.Runtime.InteropServices;

namespace ReportBuilder.Data.Reading;

/// <summary>What a path is on disk, found without opening it (opening a FIFO for reading waits for a writer).</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    /// <summary>A named pipe, a socket, a character or block device: never read.</summary>
    Special,
}

/// <summary>
/// The file kind and real path of a path. .NET reports a FIFO or a device as an ordinary file and resolves no
/// <c>..</c> after a symbolic link, so on Linux both come from the C library (<c>stat</c>, <c>realpath</c>);
/// elsewhere .NET's own answers are used (no FIFOs to fear on Windows).
/// </summary>
public static partial class FileProbe
{
    /// <summary>The kind of <paramref name="path"/>, following symbolic links.</summary>
    public static FileKind KindOf(string path)
    {
        if (OperatingSystem.IsLinux() && ModeOffset() is { } offset)
        {
            var buffer = new byte[256]; // larger than struct stat on every Linux ABI
            if (Stat(path, buffer) != 0) return Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
            var mode = BitConverter.ToUInt32(buffer, offset) & 0xF000; // S_IFMT
            return mode switch { 0x8000 => FileKind.Regular, 0x4000 => FileKind.Directory, _ => FileKind.Special };
        }
        if (Directory.Exists(path)) return FileKind.Directory;
        return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>The canonical path: every symbolic link and <c>..</c> resolved, as the operating system resolves them; null when it does not exist.</summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            var resolved = NativeRealPath(path, IntPtr.Zero);
            if (resolved == IntPtr.Zero) return null;
            try { return Marshal.PtrToStringUTF8(resolved); }
            finally { Free(resolved); }
        }
        var full = Path.GetFullPath(path);
        if (!File.Exists(full) && !Directory.Exists(full)) return null;
        var info = new FileInfo(full);
        return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
    }

    /// <summary>Where <c>st_mode</c> sits in <c>struct stat</c>: after dev, ino and a 64-bit nlink on x64; after dev and ino on arm64.</summary>
    private static int? ModeOffset() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 24,
        Architecture.Arm64 => 16,
        _ => null,
    };

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr NativeRealPath(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
