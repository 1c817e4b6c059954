using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportBuilder.Templating.Scriban;

/// <summary>
/// Scriban's <c>include</c>, whose result is the included template's own output (its values already escaped), so it
/// comes back as <see cref="MarkdownText"/> and is not escaped a second time by <see cref="MarkdownTemplateContext"/>.
/// </summary>
internal sealed class MarkdownIncludeFunction(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(MarkdownText);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        AsMarkdown(include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        AsMarkdown(await include.InvokeAsync(context, callerContext, arguments, blockStatement));

    private static object? AsMarkdown(object? output) => output is string text ? new MarkdownText(text) : output;
}
