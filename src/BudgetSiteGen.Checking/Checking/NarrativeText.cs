using System.Text;

namespace BudgetSiteGen.Checking;

/// <summary>
/// Narrative text as the readers see it, made regular for reading figures: full-width digits, points and percent
/// signs become ASCII ("９．５％" is "9.5%"), and Markdown emphasis goes. Real typesetting puts spaces inside and
/// around figures ("年初预算为 1560.05 万元", "占 69.42%"); the patterns allow them rather than this removing them,
/// so the words stay as printed.
/// </summary>
public static class NarrativeText
{
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                '％' => '%',
                '＋' => '+',
                '＝' => '=',
                '×' or '＊' => '×',
                '*' => '\0',
                '\r' => '\0',
                _ => c,
            });
        }

        return builder.Replace("\0", string.Empty).ToString();
    }
}
