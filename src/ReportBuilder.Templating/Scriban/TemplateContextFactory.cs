using System.Globalization;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using ReportBuilder.Core.Files;

namespace ReportBuilder.Templating.Scriban;

/// <summary>
/// The one place that decides what a template may do. Every context it creates is sandboxed: includes only
/// from the template set's folder, no file system or .NET access beyond the model handed in, no clock,
/// and limits on loops, recursion, string conversion, output size and time.
/// </summary>
public sealed class TemplateContextFactory
{
    /// <summary>The reader of the templates folder: the template set's files and every include are read through it.</summary>
    public required IInputFileReader Files { get; init; }

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

    /// <summary>Templates parsed by earlier renders, reused while their text is unchanged (a warm pipeline's); null: every render parses its own.</summary>
    public ParsedTemplates? Templates { get; init; }

    /// <summary>
    /// A context over <paramref name="globals"/> (the model and the <c>report</c> helpers) that includes only
    /// from <paramref name="templateDirectory"/>. Dispose the returned scope after rendering to stop its timer.
    /// </summary>
    /// <param name="output">Markdown (the default) escapes every printed value for Markdown; plain text (the running header) does not.</param>
    public TemplateScope Create(ScriptObject globals, string templateDirectory, CancellationToken cancellationToken = default,
        TemplateOutput output = TemplateOutput.Markdown)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeLimit);
        var context = output == TemplateOutput.Markdown ? new MarkdownTemplateContext(SafeBuiltins()) : new TemplateContext(SafeBuiltins());
        context.TemplateLoader = new SandboxedTemplateLoader(templateDirectory, Files) { Templates = Templates };
        ConfigureLimits(context, timeout.Token);
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
        return new TemplateScope(context, timeout);
    }

    private void ConfigureLimits(TemplateContext context, CancellationToken cancellationToken)
    {
        context.LoopLimit = LoopLimit;
        context.RecursiveLimit = RecursiveLimit;
        context.LimitToString = LimitToString;
        context.OutputLimit = OutputLimit;
        // A limit that cuts text is an error naming the template, never a silent "…" (issue #14, fault 8).
        context.OnStringLimit = ScriptLimitBehavior.Throw;
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
        context.StrictVariables = true;
        context.EnableRelaxedMemberAccess = false;
        context.MemberRenamer = StandardMemberRenamer.Default;
        // Only ScriptObject models are exposed; refuse reflection over any other .NET object that leaks in.
        context.MemberFilter = _ => false;
        context.CancellationToken = cancellationToken;
        context.NewLine = "\n";
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
        // An included partial's output is template output, not data: it must not be escaped again.
        if (builtins["include"] is IScriptCustomFunction include)
            builtins.SetValue("include", new MarkdownIncludeFunction(include), readOnly: true);
        return builtins;
    }
}

/// <summary>What a template writes: Markdown (values escaped) or plain text (the running header).</summary>
public enum TemplateOutput
{
    Markdown,
    PlainText,
}

/// <summary>A context with its time limit; disposing it releases the timer.</summary>
public sealed class TemplateScope(TemplateContext context, CancellationTokenSource timeout) : IDisposable
{
    public TemplateContext Context { get; } = context;

    public void Dispose() => timeout.Dispose();
}
