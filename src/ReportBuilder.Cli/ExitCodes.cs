namespace ReportBuilder.Cli;

/// <summary>The process exit codes of every command, as documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Everything built or checked without a problem.</summary>
    public const int Success = 0;

    /// <summary>Done, with warnings; or partly failed (an archive with failing reports, a verify that found changes).</summary>
    public const int Warnings = 1;

    /// <summary>Bad input or usage: validation errors, a missing folder, an unknown option.</summary>
    public const int BadInput = 2;
}
