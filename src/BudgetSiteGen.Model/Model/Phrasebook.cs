using System.Globalization;
using System.Text;
using BudgetSiteGen.Formatting;

namespace BudgetSiteGen.Model;

/// <summary>
/// Says phrases in one language: the language's strings (a theme's strings/{language}.yaml) with every {name}
/// replaced by its argument said in turn. Amounts are formatted as everywhere on the site; a missing key is said as
/// the key itself, which the tests over the built site catch.
/// </summary>
public sealed class Phrasebook(IReadOnlyDictionary<string, string> strings)
{
    public string Get(string key) => strings.TryGetValue(key, out var value) ? value : key;

    public string Say(Phrase phrase)
    {
        if (phrase.Key is null)
        {
            return phrase.Separator is { } separator
                ? string.Join(Get(separator), phrase.Arguments.Select(Say))
                : phrase.DataText ?? string.Empty;
        }

        var template = Get(phrase.Key);
        var said = new StringBuilder(template.Length + 32);
        var at = 0;
        // One pass over the template, so an argument's own text is never searched for placeholders.
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                said.Append(template, at, template.Length - at);
                break;
            }

            said.Append(template, at, open - at);
            var name = template[(open + 1)..close];
            var argument = phrase.Arguments.FirstOrDefault(a => a.Name == name);
            said.Append(argument is null ? template[open..(close + 1)] : Say(argument));
            at = close + 1;
        }

        return said.ToString();
    }

    private string Say(PhraseArgument argument) => argument.Kind switch
    {
        PhraseArgumentKind.Data => argument.Text ?? string.Empty,
        PhraseArgumentKind.Amount => AmountText.Format(argument.Number),
        PhraseArgumentKind.SignedAmount => (argument.Number > 0 ? "+" : string.Empty) + AmountText.Format(argument.Number),
        PhraseArgumentKind.Count => argument.Number.ToString(CultureInfo.InvariantCulture),
        _ => Say(argument.Inner!),
    };
}
