using System.CommandLine;
using ReportBuilder.Data.Loading;

namespace ReportBuilder.Cli.Limits;

/// <summary>
/// <c>--limit name=value</c>, repeatable, on every command that builds or loads a report: one option instead of one per
/// limit keeps <c>--help</c> short, and its description lists every name with its default. A bad value is a parse error
/// (exit 2) naming the option, the text and what was expected. Later values win, so a script can append overrides.
/// Several limits can also live in a response file: <c>reportbuilder build REPORT @limits.rsp</c>, one
/// <c>--limit name=value</c> per line.
/// </summary>
public static class LimitOption
{
    /// <summary>The option; its value is null when the command line does not name it (the defaults apply).</summary>
    /// <param name="applies">Said in the help when only some limits mean anything to the command (check loads, it does not build).</param>
    public static Option<ReportLimits> Create(string? applies = null)
    {
        var option = new Option<ReportLimits>("--limit")
        {
            HelpName = "name=value",
            Description = $"Change a limit; repeat for several. Defaults: {LimitSettings.Describe(ReportLimits.Default)}." +
                          (applies is null ? "" : $" {applies}") + " See docs/reliability.md.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            CustomParser = result =>
            {
                var limits = ReportLimits.Default;
                foreach (var token in result.Tokens)
                {
                    if (!LimitSettings.TryApply(limits, token.Value, out limits, out var error))
                    {
                        result.AddError(error!);
                        return ReportLimits.Default;
                    }
                }
                return limits;
            },
        };
        return option;
    }
}
