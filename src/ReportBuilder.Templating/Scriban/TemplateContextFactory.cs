using System.Globalization;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace ReportBuilder.Templating.Scriban;

/// <summary>
/// The one place that decides what a template may do. Every context it creates is sandboxed: includes only
/// from the template set's folder, no file system or .NET access beyond the model handed in, no clock,
/// and limits on loops, recursion, string conversion, output size and time.
/// </summary>
public sealed class TemplateContextFactory
{
    /// <summary>Most iterations of one loop (default 10,000; Scriban's own default is 1,000).</summary>
    public int LoopLimit { get; init; } = 10_000;

    /// <summary>Deepest nesting of function calls and includes (default 64).</summary>
    public int RecursiveLimit { get; init; } = 64;

    /// <summary>Longest text a value may convert to (default 100,000 characters).</summary>
    public int LimitToString { get; init; } = 100_000;

    /// <summary>Most characters a template may write (default 10 million).</summary>
    public int OutputLimit { get; init; } = 10_000_000;

    /// <summary>How long a render may take before it is cancelled (default 10 seconds).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A context over <paramref name="globals"/> (the model and the <c>report</c> helpers) that includes only
    /// from <paramref name="templateDirectory"/>. Dispose the returned scope after rendering to stop its timer.
    /// </summary>
    public TemplateScope Create(ScriptObject globals, string templateDirectory, CancellationToken cancellationToken = default)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeLimit);
        var context = new TemplateContext(SafeBuiltins())
        {
            TemplateLoader = new SandboxedTemplateLoader(templateDirectory),
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            LimitToString = LimitToString,
            OutputLimit = OutputLimit,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            MemberRenamer = StandardMemberRenamer.Default,
            // Only ScriptObject models are exposed; refuse reflection over any other .NET object that leaks in.
            MemberFilter = _ => false,
            CancellationToken = timeout.Token,
            NewLine = "\n",
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
        return new TemplateScope(context, timeout);
    }

    /// <summary>Scriban's builtins without those that read the clock or evaluate text as a template.</summary>
    private static ScriptObject SafeBuiltins()
    {
        var builtins = new BuiltinFunctions();
        // date.now / date.today make output depend on the day it is built: same input must give same bytes.
        if (builtins["date"] is ScriptObject date)
        {
            date.Remove("now");
            date.Remove("today");
        }
        // object.eval and object.eval_template would run text from the data as template code.
        if (builtins["object"] is ScriptObject obj)
        {
            obj.Remove("eval");
            obj.Remove("eval_template");
        }
        return builtins;
    }
}

/// <summary>A context with its time limit; disposing it releases the timer.</summary>
public sealed class TemplateScope(TemplateContext context, CancellationTokenSource timeout) : IDisposable
{
    public TemplateContext Context { get; } = context;

    public void Dispose() => timeout.Dispose();
}
