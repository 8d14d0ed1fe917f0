using System.Text.RegularExpressions;
using BudgetSiteGen.Tests.Support;

namespace BudgetSiteGen.Tests.Rendering;

/// <summary>
/// Every language of the default theme says every thing: a key one strings file lacks would show as the key on that
/// language's pages, and a key only one has is a word no page asks for. Each key also takes the same placeholders in
/// every language, or a figure would go missing from a sentence.
/// </summary>
public sealed partial class StringsFileTests
{
    private static readonly string Folder = Path.Combine(Repository.Themes, "default", "strings");

    public static TheoryData<string> OtherLanguages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).Where(l => l != "zh-CN").Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        return data;
    }

    [Fact]
    public void The_default_theme_speaks_English_as_well_as_Chinese() =>
        Assert.True(File.Exists(Path.Combine(Folder, "en.yaml")), "the default theme has no strings/en.yaml");

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void A_language_file_has_exactly_the_keys_of_zh_CN(string language)
    {
        var chinese = DefaultStrings.Of("zh-CN");
        var other = DefaultStrings.Of(language);
        Assert.True(chinese.Count > 500, $"only {chinese.Count} keys read from zh-CN.yaml; the reading is broken");
        Assert.Equal([], chinese.Keys.Except(other.Keys).Order(StringComparer.Ordinal).Select(k => $"{language}.yaml lacks {k}"));
        Assert.Equal([], other.Keys.Except(chinese.Keys).Order(StringComparer.Ordinal).Select(k => $"{language}.yaml has {k}, which zh-CN.yaml lacks"));
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_key_takes_the_same_placeholders_in_every_language(string language)
    {
        var chinese = DefaultStrings.Of("zh-CN");
        var other = DefaultStrings.Of(language);
        var differing = chinese.Keys.Intersect(other.Keys)
            .Where(key => !Placeholders(chinese[key]).SetEquals(Placeholders(other[key])))
            .Select(key => $"{key}: {{{string.Join("}, {", Placeholders(chinese[key]))}}} in zh-CN, {{{string.Join("}, {", Placeholders(other[key]))}}} in {language}")
            .ToList();
        Assert.Equal([], differing);
    }

    [Fact]
    public void A_missing_key_is_told_apart_from_a_present_one()
    {
        // The comparison above is only as good as the reading: a file with one key fewer must differ.
        var chinese = DefaultStrings.Of("zh-CN");
        var fewer = chinese.Keys.Skip(1).ToHashSet(StringComparer.Ordinal);
        Assert.Single(chinese.Keys.Except(fewer));
    }

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{([a-z0-9_]+)\}")]
    private static partial Regex Placeholder();
}
