// Renders a synthetic document that uses every feature of the layout engine to samples/out/.
// Usage: dotnet run --project samples/ReportBuilder.Samples -c Release -- [pages=100] [fonts folder] [out folder]
using System.Diagnostics;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Text;
using ReportBuilder.Pdf;
using ReportBuilder.Samples;

int chapters = args.Length > 0 ? int.Parse(args[0]) / 4 : 25;
string fontsFolder = args.Length > 1 ? args[1] : FindUp("fonts");
string outFolder = args.Length > 2 ? args[2] : Path.Combine(Path.GetDirectoryName(FindUp("samples/ReportBuilder.Samples"))!, "out");
Directory.CreateDirectory(outFolder);

var fonts = FontCollection.FromFolder(fontsFolder);
var document = Document.Create(fonts, d => SampleDocument.Compose(d, chapters));

if (Environment.GetEnvironmentVariable("LAYOUT_ONLY") == "1")
{
    for (int i = 0; i < 3; i++)
    {
        var sw = Stopwatch.StartNew();
        var r = document.Generate(new RecordingCanvas());
        Console.WriteLine($"layout only: {r.PageCount} pages in {sw.ElapsedMilliseconds} ms ({r.Passes} passes)");
    }
    return;
}
var pdfPath = Path.Combine(outFolder, "sample.pdf");
var watch = Stopwatch.StartNew();
var temp = pdfPath + ".tmp";
LayoutResult result;
using (var stream = File.Create(temp))
{
    result = document.Generate(new PdfCanvas(stream));
}
File.Move(temp, pdfPath, overwrite: true);
Console.WriteLine($"{pdfPath}: {result.PageCount} pages in {watch.ElapsedMilliseconds} ms, {result.Passes} layout passes");
foreach (var w in result.Warnings) Console.WriteLine(w);
PngPages.Write(document, outFolder, pages: 3);

static string FindUp(string relative)
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, relative);
        if (Directory.Exists(candidate)) return candidate;
    }
    throw new DirectoryNotFoundException($"'{relative}' not found above {AppContext.BaseDirectory}");
}
