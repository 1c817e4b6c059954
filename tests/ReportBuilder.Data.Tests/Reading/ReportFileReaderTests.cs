using ReportBuilder.Data.Reading;

namespace ReportBuilder.Data.Tests.Reading;

/// <summary>
/// The one reader of report and template files reads a file whole in one array sized from its length, and still
/// holds the size limit against files that are longer than they say.
/// </summary>
public sealed class ReportFileReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rb-reader").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string name, int length)
    {
        var path = Path.Combine(_root, name);
        var bytes = new byte[length];
        for (var i = 0; i < length; i++) bytes[i] = (byte)(i * 7 + 3);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64 * 1024)]
    [InlineData(64 * 1024 + 1)]
    [InlineData(700_001)]
    public void A_file_is_read_whole_and_exactly(int length)
    {
        var path = Write("f.bin", length);
        var read = new ReportFileReader(_root, 1 << 20).Read(path);
        Assert.Equal(FileRefusal.None, read.Refusal);
        Assert.Equal(File.ReadAllBytes(path), read.Bytes);
    }

    [Fact]
    public void A_file_at_the_limit_is_read_and_one_byte_more_is_refused()
    {
        var reader = new ReportFileReader(_root, 1000);
        Assert.Equal(1000, reader.Read(Write("at.bin", 1000)).Bytes!.Length);
        var over = reader.Read(Write("over.bin", 1001));
        Assert.Equal(FileRefusal.TooLarge, over.Refusal);
        Assert.Null(over.Bytes);
        Assert.Contains("more than 1,000 bytes", over.Reason);
    }

    [Fact]
    public void A_file_that_says_it_is_empty_but_is_not_is_read_on_up_to_the_limit()
    {
        // The kernel's files say they are 0 bytes long and are not: the reader reads on past the length it was told.
        var status = "/proc/self/status";
        if (!File.Exists(status)) return;
        var read = new ReportFileReader("/proc/self", 1 << 20).Read(status);
        Assert.Equal(FileRefusal.None, read.Refusal);
        Assert.StartsWith("Name:", System.Text.Encoding.ASCII.GetString(read.Bytes!));

        var small = new ReportFileReader("/proc/self", 10).Read(status);
        Assert.Equal(FileRefusal.TooLarge, small.Refusal);
    }

    [Fact]
    public void A_cancelled_read_stops()
    {
        var path = Write("big.bin", 300_000);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => new ReportFileReader(_root, 1 << 20, cancelled.Token).Read(path));
    }
}
