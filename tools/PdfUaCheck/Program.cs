using ReportBuilder.Conformance;

// Checks each PDF against the Matterhorn subset in docs/accessibility.md and prints its report.
// Exit codes: 0 all passed, 1 a file failed, 2 bad usage or a file that is missing or not a PDF.
if (args.Length == 0 || args.Contains("--help"))
{
    Console.Error.WriteLine("usage: PdfUaCheck file.pdf...");
    return 2;
}

var exit = 0;
foreach (var path in args)
{
    try
    {
        var report = PdfUaChecker.Check(path);
        Console.Write(report.ToString());
        if (!report.Passed) exit = Math.Max(exit, 1);
    }
    catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"{path}: {e.Message}");
        exit = 2;
    }
}
return exit;
