using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Cli.Diffing;

/// <summary>What comparing two versions gave: every change in reading order, both page counts, or the problems that stopped it.</summary>
/// <param name="OldPages">Pages of the earlier version, null when its layout was not built.</param>
/// <param name="Problems">Errors of either folder (sorted); the comparison ran only when this is empty.</param>
public sealed record ReportDiff(string OldName, string NewName, IReadOnlyList<SectionChange> Changes, int? OldPages, int? NewPages, IReadOnlyList<Diagnostic> Problems)
{
    public bool Failed => Problems.Count > 0;

    public bool HasChanges => Changes.Count > 0;
}
