using System.Collections;
using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;

namespace BudgetSiteGen.Rendering;

/// <summary>
/// The one place where a template's output is made safe and strict. Every value a template writes with
/// <c>{{ }}</c> is HTML-escaped unless it is an <see cref="ViewModels.HtmlFragment"/>, so a theme author cannot forget
/// to escape; a variable or member that does not exist stops the build at its line and column instead of
/// rendering as nothing.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    // Every context names members the same way, so how to read a type is worked out once per build, not once per
    // page as Scriban's per-context cache would.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    public EscapingTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        MemberRenamer = TemplateNames.Member;
        TryGetMember = RefuseUnknownMember;
        TryGetVariable = RefuseUnknownVariable;

        // A table or a listing can have thousands of rows; the theme is trusted not to loop forever.
        LoopLimit = int.MaxValue;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject is ViewModels.HtmlFragment fragment
            ? Write(fragment.Html)
            : Write(HtmlText.Escape(ObjectToString(textAsObject) ?? string.Empty));

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (!Accessors.TryGetValue(type, out var accessor))
        {
            accessor = base.GetMemberAccessorImpl(target);
            if (accessor is null)
            {
                return null;
            }

            if (accessor is TypedObjectAccessor)
            {
                accessor = CompiledMemberAccessor.For(type, accessor, TemplateNames.Member, this);
            }

            accessor = Accessors.GetOrAdd(type, accessor);
        }

        return accessor;
    }

    /// <summary>
    /// Absent, empty and zero are false, so that <c>{{ if rows }}</c> asks "are there any", as a theme author
    /// reads it; Scriban alone counts an empty list or string as true.
    /// </summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string text => text.Length > 0,
        int number => number != 0,
        long number => number != 0,
        decimal number => number != 0,
        double number => number != 0,
        ViewModels.HtmlFragment fragment => fragment.Html.Length > 0,
        IEnumerable items => items.GetEnumerator().MoveNext(),
        _ => base.ToBool(span, value),
    };

    private static bool RefuseUnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object? value) =>
        throw new UnknownNameException(span, $"`{member}` is not a member of {Describe(target)}");

    private static bool RefuseUnknownVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object? value) =>
        throw new UnknownNameException(span, $"there is no variable `{variable.Name}`; a template has page, content, strings and model (in a partial), and its loop variables");

    private static string Describe(object target) => target switch
    {
        IDictionary or IReadOnlyDictionary<string, string> => "the strings (strings/<language>.yaml)",
        _ => $"{target.GetType().Name} (its members are {string.Join(", ", target.GetType().GetProperties().Select(p => TemplateNames.Member(p)).Order(StringComparer.Ordinal))})",
    };
}
