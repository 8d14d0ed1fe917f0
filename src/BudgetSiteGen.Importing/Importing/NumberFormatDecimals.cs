namespace BudgetSiteGen.Importing;

/// <summary>
/// How many decimals a cell's number format shows ("#,##0.00" shows 2, "0" shows none). Null when the format does not
/// fix them (General), so the stored value is all there is to go by.
/// </summary>
public static class NumberFormatDecimals
{
    public static int? Of(string? format)
    {
        if (string.IsNullOrEmpty(format) || format.Equals("General", StringComparison.OrdinalIgnoreCase) || format == "@")
        {
            return null;
        }

        // The first section is for positive numbers; quoted text and escaped characters are not digits.
        var section = format.Split(';')[0];
        var decimals = 0;
        var afterPoint = false;
        var quoted = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c == '.')
            {
                afterPoint = true;
            }
            else if (afterPoint && c is '0' or '#' or '?')
            {
                decimals++;
            }
            else if (afterPoint && c is not (',' or ' '))
            {
                break;
            }
        }

        return decimals;
    }
}
