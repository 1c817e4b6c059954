namespace ReportBuilder.Cli;

/// <summary>What the process returns, so scripts and CI can tell a clean report from one that needs attention.</summary>
public static class ExitCodes
{
    /// <summary>No problem found.</summary>
    public const int Success = 0;

    /// <summary>Only warnings: the report builds, but something looks wrong.</summary>
    public const int Warnings = 1;

    /// <summary>Errors in the report folder, bad usage, or an unexpected failure (reported in one line, never a stack trace).</summary>
    public const int Errors = 2;
}
