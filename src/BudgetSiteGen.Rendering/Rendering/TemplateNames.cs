using System.Reflection;
using System.Text.RegularExpressions;

namespace BudgetSiteGen.Rendering;

/// <summary>
/// How templates are named and how they name view-model members: a template is a <c>.sbn-html</c> file, and a
/// member <c>SiteTitle</c> of a view model reads <c>site_title</c> in a template, as is usual in Scriban.
/// </summary>
public static partial class TemplateNames
{
    public const string Extension = ".sbn-html";

    public const string Layout = "layouts/base" + Extension;

    public static string Page(string name) => $"pages/{name}{Extension}";

    public static string Partial(string name) => $"partials/{name}{Extension}";

    public static string Member(MemberInfo member) => SnakeCase(member.Name);

    public static string SnakeCase(string name) => WordStart().Replace(name, "_$1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordStart();
}
