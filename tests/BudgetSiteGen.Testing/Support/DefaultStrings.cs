using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Tests.Support;

/// <summary>The default theme's strings, for tests that read what a finding says as a reader of the site would.</summary>
public static class DefaultStrings
{
    private static readonly Lazy<Phrasebook> Chinese = new(() => new Phrasebook(Of("zh-CN")));

    /// <summary>The default theme's strings file for <paramref name="language"/>, key by key.</summary>
    public static IReadOnlyDictionary<string, string> Of(string language)
    {
        var path = Path.Combine(Repository.Themes, "default", "strings", language + ".yaml");
        var parsed = ContentFileReader.Parse(File.ReadAllBytes(path), path, isJson: false);
        var map = parsed.Root as MappingNode ?? throw new InvalidOperationException($"{path} is not a mapping");
        return map.Entries.Where(e => e.Value is ScalarNode).ToDictionary(e => e.Key.Text, e => ((ScalarNode)e.Value).Text, StringComparer.Ordinal);
    }

    /// <summary>The phrase in the default language, zh-CN.</summary>
    public static string Said(this Phrase phrase) => Chinese.Value.Say(phrase);
}
