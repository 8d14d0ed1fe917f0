using System.Globalization;
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
            var label = table.Label is { } printed ? Phrase.Data(printed) : Phrase.Of("audit_table_number", ("table", table.Number));
            if (before is null)
            {
                changes.Add(new EditionChange(label, None, Phrase.Of("edition_table_added")));
                continue;
            }

            if (before.Unit != table.Unit)
            {
                changes.Add(new EditionChange(Phrase.Of("edition_table_unit", ("table", label)), Phrase.UnitName(before.Unit), Phrase.UnitName(table.Unit)));
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
                    var where = Phrase.Of("edition_part", ("where", label), ("part", Name(row)));
                    if (!oldRows.TryGetValue(key, out var previous))
                    {
                        changes.Add(new EditionChange(where, None, Phrase.Of("edition_row_added")));
                        continue;
                    }

                    for (var c = 0; c < section.Columns.Count; c++)
                    {
                        var oldIndex = old.Columns.ToList().FindIndex(x => x.Label == section.Columns[c].Label && x.RoleName == section.Columns[c].RoleName);
                        var was = oldIndex >= 0 ? EditionCell.Of(before, previous, oldIndex, old.Columns[oldIndex]) : EditionCell.Blank;
                        var now = EditionCell.Of(table, row, c, section.Columns[c]);
                        if (!was.SameAs(now))
                        {
                            changes.Add(new EditionChange(Phrase.Of("edition_part", ("where", where), ("part", section.Columns[c].Label)), was.Show(), now.Show()));
                        }
                    }
                }

                foreach (var removed in oldRows.Keys.Except(Keyed(section).Select(p => p.Key)))
                {
                    changes.Add(new EditionChange(Phrase.Of("edition_part", ("where", label), ("part", Name(oldRows[removed]))), Phrase.Of("edition_row_was_there"), Phrase.Of("edition_row_removed")));
                }
            }
        }

        foreach (var card in newer.Performance.Cards)
        {
            var before = older.Performance.Cards.FirstOrDefault(c => c.Id == card.Id);
            var where = Phrase.Of("edition_card", ("card", card.Name));
            if (before is null)
            {
                changes.Add(new EditionChange(where, None, Phrase.Of("edition_added")));
                continue;
            }

            if (before.YearFunds.Total != card.YearFunds.Total)
            {
                changes.Add(new EditionChange(Phrase.Of("edition_part", ("where", where), ("part", Phrase.Of("edition_year_funds"))), Show(before.YearFunds.Total), Show(card.YearFunds.Total)));
            }

            if (before.PeriodFunds.Total != card.PeriodFunds.Total)
            {
                changes.Add(new EditionChange(Phrase.Of("edition_part", ("where", where), ("part", Phrase.Of("edition_period_funds"))), Show(before.PeriodFunds.Total), Show(card.PeriodFunds.Total)));
            }

            foreach (var (list, oldList, column) in new[] { (card.YearIndicators, before.YearIndicators, "audit_year"), (card.PeriodIndicators, before.PeriodIndicators, "audit_period") })
            {
                for (var i = 0; i < list.Count; i++)
                {
                    var was = oldList.FirstOrDefault(x => x.Name == list[i].Name && x.Level2 == list[i].Level2);
                    if (was is not null && was.Value != list[i].Value)
                    {
                        changes.Add(new EditionChange(Phrase.Of("edition_indicator", ("where", where), ("column", Phrase.Of(column)), ("name", list[i].Name)), Phrase.Data(was.Value), Phrase.Data(list[i].Value)));
                    }
                }
            }
        }

        foreach (var item in newer.Narrative)
        {
            var was = older.Narrative.FirstOrDefault(n => n.Id == item.Id);
            if (was is not null && was.Body != item.Body)
            {
                changes.Add(new EditionChange(Phrase.Of("audit_narrative_item", ("item", item.Title)), Phrase.Of("edition_text_before"), Phrase.Of("edition_text_changed")));
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

    private static Phrase None => Phrase.Of("edition_none");

    private static Phrase Show(decimal? value) => value is { } v ? Phrase.Of("edition_number", ("amount", v)) : Phrase.Of("audit_blank");
}
