using System.Linq.Expressions;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BudgetSiteGen.Rendering;

/// <summary>
/// Reads a view model's members through delegates compiled once per type instead of reflection on every read: a
/// page reads hundreds of members, and reflection was the largest single cost of rendering. Everything but the read
/// is left to the accessor Scriban made for the type, so which members exist, and their names, stay Scriban's.
/// </summary>
internal sealed class CompiledMemberAccessor : IObjectAccessor
{
    private readonly IObjectAccessor _scriban;
    private readonly Dictionary<string, Func<object, object?>> _getters;

    private CompiledMemberAccessor(IObjectAccessor scriban, Dictionary<string, Func<object, object?>> getters)
    {
        _scriban = scriban;
        _getters = getters;
    }

    /// <summary>
    /// An accessor that reads <paramref name="type"/>'s members, named by <paramref name="rename"/>, with compiled
    /// delegates; or <paramref name="scriban"/> itself when the members found here are not exactly those it has.
    /// </summary>
    public static IObjectAccessor For(Type type, IObjectAccessor scriban, Func<MemberInfo, string> rename, TemplateContext context)
    {
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
        {
            // Fields before properties and the most derived type first, as Scriban's own accessor orders them, so
            // that where two members rename to one name the same one wins.
            foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                if (!field.IsLiteral && field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null)
                {
                    getters.TryAdd(NameOf(field, rename), Getter(type, field));
                }
            }

            foreach (var property in declaring.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                if (property.GetMethod is { IsPublic: true, IsStatic: false } && property.GetIndexParameters().Length == 0
                    && property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null)
                {
                    getters.TryAdd(NameOf(property, rename), Getter(type, property));
                }
            }
        }

        var theirs = scriban.GetMembers(context, default, null!).ToHashSet(StringComparer.Ordinal);
        return theirs.SetEquals(getters.Keys) ? new CompiledMemberAccessor(scriban, getters) : scriban;
    }

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var getter))
        {
            value = getter(target);
            return true;
        }

        value = null;
        return false;
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        _scriban.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        _scriban.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        _scriban.TrySetItem(context, span, target, index, value);

    public bool HasIndexer => _scriban.HasIndexer;

    public Type? IndexType => _scriban.IndexType;

    private static string NameOf(MemberInfo member, Func<MemberInfo, string> rename) =>
        rename(member) is { Length: > 0 } renamed ? renamed : member.Name;

    private static Func<object, object?> Getter(Type type, MemberInfo member)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var read = Expression.MakeMemberAccess(Expression.Convert(target, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), target).Compile();
    }
}
