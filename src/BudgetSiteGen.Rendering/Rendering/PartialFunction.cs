using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BudgetSiteGen.Rendering;

/// <summary>
/// <c>{{ include 'name' value }}</c>: renders partials/name with <c>value</c> as <c>model</c>, beside the page's
/// own variables (<c>page</c>, <c>content</c>, <c>strings</c>). Its output is markup the theme made, so it is
/// written as it is; what the partial writes was escaped inside it. A partial the theme does not have stops
/// the build at the include.
/// </summary>
internal sealed class PartialFunction(IReadOnlyDictionary<string, Template> partials) : IScriptCustomFunction
{
    public const string Name = "include";

    private const int MaxDepth = 64;

    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(ViewModels.HtmlFragment);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        new(typeof(object), index == 0 ? "name" : "model");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = arguments.Count > 0 ? arguments[0] as string : null;
        if (name is null || !partials.TryGetValue(name, out var partial))
        {
            throw new UnknownNameException(callerContext?.Span ?? default,
                $"the theme has no partial '{name}' ({TemplateNames.Partial(name ?? "NAME")}); it has {string.Join(", ", partials.Keys.Order(StringComparer.Ordinal))}");
        }

        // A partial that includes itself with the same value would never end; a theme's nesting is far shallower.
        var depth = context.Tags.TryGetValue(this, out var level) ? (int)level! : 0;
        if (depth >= MaxDepth)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"partials include each other more than {MaxDepth} deep, at '{name}'");
        }

        context.Tags[this] = depth + 1;
        var scope = new ScriptObject { { "model", arguments.Count > 1 ? arguments[1] : null } };
        context.PushGlobal(scope);
        context.PushOutput();
        try
        {
            context.Evaluate(partial.Page!);
            return new ViewModels.HtmlFragment(context.Output.ToString() ?? string.Empty);
        }
        finally
        {
            context.PopOutput();
            context.PopGlobal();
            context.Tags[this] = depth;
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
