using System.Globalization;
using BudgetSiteGen.Formatting;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.Publishing;

/// <summary>
/// What a corrected edition changed: every table figure (rows matched by code, or by name), rows added or
/// removed, card funds and indicator values, and narrative items whose text changed. Table figures are shown with
/// their unit, and compared as amounts: a table reprinted in another unit changes its unit, not every figure.
/// </summary>
public static class EditionDiff
{
    public static IReadOnlyList<EditionChange> Compare(DepartmentYear older, DepartmentYear newer)
    {
        var changes = new List<EditionChange>();
        foreach (var table in newer.Tables.OrderBy(t => t.Number))
        {
            var before = older.Tables.FirstOrDefault(t => t.Number == table.Number);
            var label = table.Label ?? $"表{table.Number.ToString(CultureInfo.InvariantCulture)}";
            if (before is null)
            {
                changes.Add(new EditionChange(label, "—", "新增此表"));
                continue;
            }

            if (before.Unit != table.Unit)
            {
                changes.Add(new EditionChange($"{label} · 单位", before.Unit.Symbol(), table.Unit.Symbol()));
            }

            foreach (var section in table.Sections)
            {
                var old = before.Sections.FirstOrDefault(s => s.Id == section.Id);
                if (old is null)
                {
                    continue;
                }

                var oldRows = Keyed(old).ToDictionary(p => p.Key, p => p.Row, StringComparer.Ordinal);
                foreach (var (key, row) in Keyed(section))
                {
                    var where = $"{label} · {Name(row)}";
                    if (!oldRows.TryGetValue(key, out var previous))
                    {
                        changes.Add(new EditionChange(where, "—", "新增此行"));
                        continue;
                    }

                    for (var c = 0; c < section.Columns.Count; c++)
                    {
                        var oldIndex = old.Columns.ToList().FindIndex(x => x.Label == section.Columns[c].Label && x.RoleName == section.Columns[c].RoleName);
                        var was = oldIndex >= 0 ? EditionCell.Of(before, previous, oldIndex, old.Columns[oldIndex]) : EditionCell.Blank;
                        var now = EditionCell.Of(table, row, c, section.Columns[c]);
                        if (!was.SameAs(now))
                        {
                            changes.Add(new EditionChange($"{where} · {section.Columns[c].Label}", was.Show(), now.Show()));
                        }
                    }
                }

                foreach (var removed in oldRows.Keys.Except(Keyed(section).Select(p => p.Key)))
                {
                    changes.Add(new EditionChange($"{label} · {Name(oldRows[removed])}", "原有此行", "删除此行"));
                }
            }
        }

        foreach (var card in newer.Performance.Cards)
        {
            var before = older.Performance.Cards.FirstOrDefault(c => c.Id == card.Id);
            var where = $"绩效目标表“{card.Name}”";
            if (before is null)
            {
                changes.Add(new EditionChange(where, "—", "新增"));
                continue;
            }

            if (before.YearFunds.Total != card.YearFunds.Total)
            {
                changes.Add(new EditionChange($"{where} · 年度资金总额（元）", Show(before.YearFunds.Total), Show(card.YearFunds.Total)));
            }

            if (before.PeriodFunds.Total != card.PeriodFunds.Total)
            {
                changes.Add(new EditionChange($"{where} · 实施期资金总额（元）", Show(before.PeriodFunds.Total), Show(card.PeriodFunds.Total)));
            }

            foreach (var (list, oldList, column) in new[] { (card.YearIndicators, before.YearIndicators, "年度"), (card.PeriodIndicators, before.PeriodIndicators, "实施期") })
            {
                for (var i = 0; i < list.Count; i++)
                {
                    var was = oldList.FirstOrDefault(x => x.Name == list[i].Name && x.Level2 == list[i].Level2);
                    if (was is not null && was.Value != list[i].Value)
                    {
                        changes.Add(new EditionChange($"{where} · {column}指标“{list[i].Name}”", was.Value, list[i].Value));
                    }
                }
            }
        }

        foreach (var item in newer.Narrative)
        {
            var was = older.Narrative.FirstOrDefault(n => n.Id == item.Id);
            if (was is not null && was.Body != item.Body)
            {
                changes.Add(new EditionChange($"情况说明 {item.Title}", "原文", "文字有改动"));
            }
        }

        return changes;
    }

    /// <summary>Rows keyed by code when they have one, else by name and how many times the name came before.</summary>
    private static List<(string Key, TableRow Row)> Keyed(TableSection section)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return section.Rows.Select(row =>
        {
            var name = row.Code?.Value ?? row.Name;
            var n = seen[name] = seen.GetValueOrDefault(name) + 1;
            return ($"{name}#{n.ToString(CultureInfo.InvariantCulture)}", row);
        }).ToList();
    }

    private static string Name(TableRow row) => row.Code is { } code ? $"{code} {row.Name}" : row.Name;

    private static string Show(decimal? value) => value is { } v ? AmountText.Format(v) : "空白";
}
