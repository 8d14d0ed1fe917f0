using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels.Splitting;

/// <summary>
/// Splits a site-wide table with a row per department-year so that no page grows with the portal: while the rows fit
/// on one page (<paramref name="maxRows"/>) they are one page, as before; beyond, the page lists the jurisdictions one
/// level down, each with a page of its own split the same way, and a jurisdiction's own rows are shown in pages of at
/// most <paramref name="maxRows"/>. <paramref name="pathOf"/> gives the address of a jurisdiction's page (null: the
/// whole site's) and of its further pages (page number 2 and up). Rows keep the order they are given in.
/// </summary>
public sealed class TableByJurisdiction(SiteIndex index, int maxRows, Func<Jurisdiction?, int, string> pathOf)
{
    public IEnumerable<TablePart> Split(string siteTitle, IReadOnlyList<DepartmentYearSummary> rows) =>
        Part(null, siteTitle, rows, 0, []);

    private IEnumerable<TablePart> Part(Jurisdiction? jurisdiction, string title, IReadOnlyList<DepartmentYearSummary> rows, int depth,
        IReadOnlyList<(string Label, string Path)> parents)
    {
        var path = pathOf(jurisdiction, 1);
        if (rows.Count <= maxRows)
        {
            yield return new TablePart(path, jurisdiction, parents, [], rows, rows, 1, [path]);
            yield break;
        }

        var own = new List<DepartmentYearSummary>();
        var below = new List<(Jurisdiction Jurisdiction, List<DepartmentYearSummary> Rows)>();
        foreach (var row in rows)
        {
            var lineage = index.Lineage(index.Jurisdiction(row.JurisdictionCode));
            if (lineage.Count <= depth)
            {
                own.Add(row);
                continue;
            }

            if (below.Count == 0 || below[^1].Jurisdiction.Code != lineage[depth].Code)
            {
                below.Add((lineage[depth], []));
            }

            below[^1].Rows.Add(row);
        }

        if (below.Count == 1 && own.Count == 0)
        {
            // A level with a single jurisdiction adds nothing to read: list the one below it on this page.
            foreach (var part in Part(jurisdiction, title, rows, depth + 1, parents))
            {
                yield return part;
            }

            yield break;
        }

        var chunks = own.Chunk(maxRows).ToList();
        var pagePaths = Enumerable.Range(1, Math.Max(1, chunks.Count)).Select(k => pathOf(jurisdiction, k)).ToList();
        var links = below.Select(b => (b.Jurisdiction, pathOf(b.Jurisdiction, 1), (IReadOnlyList<DepartmentYearSummary>)b.Rows)).ToList();
        for (var k = 0; k < pagePaths.Count; k++)
        {
            yield return new TablePart(pagePaths[k], jurisdiction, parents, k == 0 ? links : [], k < chunks.Count ? chunks[k] : [], rows, k + 1, pagePaths);
        }

        var here = parents.Append((jurisdiction?.Name ?? title, path)).ToList();
        foreach (var (child, childRows) in below)
        {
            foreach (var part in Part(child, child.Name, childRows, depth + 1, here))
            {
                yield return part;
            }
        }
    }
}
