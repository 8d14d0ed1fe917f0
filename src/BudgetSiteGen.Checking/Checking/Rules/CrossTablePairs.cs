using BudgetSiteGen.Model;

namespace BudgetSiteGen.Checking.Rules;

/// <summary>Pairs of cells that should hold the same figure, compared for one rule and counted in its run.</summary>
public sealed class CrossTablePairs(RuleRun run, string code)
{
    public Finding? Same(CellRef? printed, CellRef? other, Phrase what) =>
        printed is null || other is null ? null : Compare.Same(run, code, printed, other, what);

    /// <summary>A figure against the sum of several cells of one table (the blocks of a table printed in blocks).</summary>
    public Finding? SameAsSum(CellRef? printed, IReadOnlyList<CellRef> cells, BudgetTable table, Phrase what)
    {
        if (printed is null || cells.Count == 0)
        {
            return null;
        }

        if (cells.Count == 1)
        {
            return Same(printed, cells[0], what);
        }

        var present = cells.Select(c => c.Value).OfType<decimal>().ToList();
        decimal? sum = present.Count == 0 ? null : present.Sum();
        var location = new FindingLocation(LocationKind.Table, Phrase.Of("audit_table_blocks_sum", ("table", table.Label ?? table.Title)), table.Number);
        return Compare.Same(run, code, printed, sum is { } s ? table.Unit.Convert(s, printed.Unit) : null, table.Unit, location, what);
    }

    /// <summary>Pairs each coded row of <paramref name="printed"/> with the row of the same code in <paramref name="other"/>.</summary>
    public IEnumerable<Finding?> ByCode(BudgetTable printed, FigureRole printedColumn, BudgetTable other, string? otherSection,
        Func<TableSection, int> otherColumn, bool level1Only, Phrase what)
    {
        var section = printed.Sections[0];
        var column = TableShape.ColumnOf(section, printedColumn);
        var target = otherSection is null ? other.Sections[0] : other.Sections.FirstOrDefault(s => s.Id == otherSection);
        var targetColumn = target is null ? -1 : otherColumn(target);
        if (column < 0 || target is null || targetColumn < 0)
        {
            run.Missing(Phrase.Of("audit_no_matching_column", ("what", what)));
            yield break;
        }

        for (var row = 0; row < section.Rows.Count; row++)
        {
            if (section.Rows[row].Code is not { } rowCode || (level1Only && rowCode.Level != 1))
            {
                continue;
            }

            var match = target.Rows.ToList().FindIndex(r => r.Code == rowCode);
            if (match >= 0)
            {
                yield return Compare.Same(run, code, new CellRef(printed, section, row, column), new CellRef(other, target, match, targetColumn), what);
            }
        }
    }
}
