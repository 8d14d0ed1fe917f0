using System.Text;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking;

/// <summary>A table row that prints a classification code, with where it is, for rules that compare codes and names.</summary>
public sealed partial record CodedRow(BudgetTable Table, TableSection Section, int RowIndex, ClassificationCode Code, string Name)
{
    /// <summary>
    /// The name with its list number ("五、", "（一）", "1.") dropped, as summary tables number their rows, and spaces,
    /// punctuation and bracket widths ignored: "五、教育支出" and "教育支出" are one name, as are "行政运行（项）" and "行政运行(项)".
    /// </summary>
    public string NameKey => Key(Name);

    /// <summary>The row, marked on the page at its first figure.</summary>
    public FindingLocation Location => new(LocationKind.TableCell, Phrase.Of("audit_coded_row", ("table", Table.Label ?? Table.Title), ("code", Code.ToString()), ("name", Name)), Table.Number, Section.Id, RowIndex, 0);

    /// <summary>The coded rows of every table but the project lists, whose rows name projects rather than functions.</summary>
    public static IEnumerable<CodedRow> Of(DepartmentYear year) =>
        from table in year.Tables
        where !table.NoData && table.Type is not (TableType.ProjectsCurrent or TableType.ProjectsCarriedOver)
        from section in table.Sections
        from indexed in section.Rows.Select((row, index) => (row, index))
        where indexed.row.Code is not null && indexed.row.Name.Length > 0
        select new CodedRow(table, section, indexed.index, indexed.row.Code!.Value, indexed.row.Name.Trim());

    public static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in ListNumber().Replace(name.Normalize(NormalizationForm.FormKC), string.Empty))
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\([一二三四五六七八九十百零〇]+\)|[一二三四五六七八九十百零〇]+[、.]|\d+[、.])\s*")]
    private static partial System.Text.RegularExpressions.Regex ListNumber();
}
