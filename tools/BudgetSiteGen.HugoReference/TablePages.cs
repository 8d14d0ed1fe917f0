using BudgetSiteGen.Checking;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.ViewModels.Pages;

namespace BudgetSiteGen.HugoReference;

/// <summary>
/// The table pages of one department-year exactly as the build makes them: the same page models, from the
/// same folders (the latest edition of a corrected report also at its own permanent address, as the build does).
/// </summary>
public static class TablePages
{
    public static IEnumerable<(PageJob Job, BudgetTable Table)> Of(PageFactory factory, DepartmentYear year)
    {
        var audit = Auditor.Audit(year);
        var jurisdiction = factory.Index.JurisdictionOf(year);
        var folders = new List<string> { SitePaths.DepartmentYearFolder(jurisdiction, year) };
        if (!year.IsSuperseded && year.LatestEdition > 1)
        {
            folders.Add(SitePaths.EditionFolder(jurisdiction, year));
        }

        var tables = year.Tables.ToDictionary(t => t.Number);
        foreach (var folder in folders)
        {
            foreach (var job in new DepartmentYearPages(factory).Tables(year, audit, folder))
            {
                yield return (job, tables[((TablePageContent)job.Model.Content).Table.Number]);
            }
        }
    }
}
