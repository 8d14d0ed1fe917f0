namespace BudgetSiteGen.Importing;

/// <summary>
/// The level a name's indentation stands for: budget systems indent a row under its parent with two full-width spaces
/// (or four ordinary ones) per level.
/// </summary>
public static class Indentation
{
    public static int LevelOf(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            if (c == '\u3000')
            {
                width += 2;
            }
            else if (c is ' ' or '\u00A0')
            {
                width += 1;
            }
            else if (c == '\t')
            {
                width += 4;
            }
            else
            {
                break;
            }
        }

        return 1 + ((width + 3) / 4);
    }
}
