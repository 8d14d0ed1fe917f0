namespace BudgetSiteGen.Importing;

/// <summary>
/// The level a name's indentation stands for: budget systems indent a row under its parent with two full-width spaces
/// (or four ordinary ones) per level, or with the cell's alignment indent, one step per level. A name indented with
/// spaces is read by its spaces, since a workbook may also indent such a cell for looks.
/// </summary>
public static class Indentation
{
    public static int LevelOf(string text, int alignmentIndent = 0)
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

        return width > 0 ? 1 + ((width + 3) / 4) : 1 + alignmentIndent;
    }
}
