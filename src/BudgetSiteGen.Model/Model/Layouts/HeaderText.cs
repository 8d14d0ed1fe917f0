namespace BudgetSiteGen.Model.Layouts;

/// <summary>
/// Compares printed headers as a reader would: full-width and half-width brackets, quotes and spaces do not make two
/// headers different (“三公”经费 and "三公"经费, 因公出国（境）费 and 因公出国(境)费).
/// </summary>
public static class HeaderText
{
    public static readonly IEqualityComparer<string> Comparer = new HeaderComparer();

    public static bool Same(string a, string b) => string.Equals(Normalise(a), Normalise(b), StringComparison.Ordinal);

    public static string Normalise(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case ' ' or '\u3000' or '\t' or '\n' or '\r':
                    continue;
                case '（':
                    builder.Append('(');
                    break;
                case '）':
                    builder.Append(')');
                    break;
                case '“' or '”' or '"' or '＂' or '‘' or '’' or '\'':
                    continue;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private sealed class HeaderComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => x is not null && y is not null && Same(x, y);

        public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Normalise(obj));
    }
}
