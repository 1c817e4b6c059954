using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportBuilder.Templating.Scriban.Functions;

/// <summary>
/// A template function written as a plain lambda over its evaluated arguments, with its arity checked.
/// Explicit functions like this need no reflection over .NET methods (friendly to Native AOT).
/// </summary>
internal sealed class ScriptFunction(string name, int required, int maximum, Func<TemplateContext, ScriptNode, ScriptArray, object?> body)
    : IScriptCustomFunction
{
    public int RequiredParameterCount => required;
    public int ParameterCount => maximum;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"arg{index}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < required || arguments.Count > maximum)
        {
            var expected = required == maximum ? $"{required}" : $"{required} to {maximum}";
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"report.{name} expects {expected} argument(s), got {arguments.Count}.");
        }
        return body(context, callerContext!, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
