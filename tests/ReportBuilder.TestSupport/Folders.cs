namespace ReportBuilder.TestSupport;

/// <summary>Folder copies for tests: a report folder copied whole before a test changes it.</summary>
public static class Folders
{
    /// <summary>Copies every file and subfolder of <paramref name="from"/> into <paramref name="to"/> (created if need be).</summary>
    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
