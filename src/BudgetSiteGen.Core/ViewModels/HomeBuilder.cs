using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels;

/// <summary>Builds the home page's tree: each jurisdiction under its parent, departments sorted by name, years newest first.</summary>
public sealed class HomeBuilder(ContentSet content, IReadOnlyDictionary<string, string> strings, Func<DepartmentYear, string?> hrefFromHome)
{
    public HomeContent Build()
    {
        var byCode = content.Jurisdictions.ToDictionary(j => j.Code, StringComparer.Ordinal);
        var roots = content.Jurisdictions.Where(j => j.ParentCode is null || !byCode.ContainsKey(j.ParentCode));
        var tree = roots.OrderBy(j => j.Code, StringComparer.Ordinal).Select(Node).Where(n => n is not null).Cast<JurisdictionNode>().ToList();
        return new HomeContent(content.Site.Description, tree, content.DepartmentYears.Count);
    }

    /// <summary>A jurisdiction with nothing published in it or below it is left out of the tree.</summary>
    private JurisdictionNode? Node(Jurisdiction jurisdiction)
    {
        var children = content.Jurisdictions
            .Where(j => j.ParentCode == jurisdiction.Code)
            .OrderBy(j => j.Code, StringComparer.Ordinal)
            .Select(Node)
            .Where(n => n is not null)
            .Cast<JurisdictionNode>()
            .ToList();
        var departments = content.DepartmentYears
            .Where(y => y.JurisdictionCode == jurisdiction.Code)
            .GroupBy(y => y.Department.Slug, StringComparer.Ordinal)
            .Select(group => Department(group.ToList()))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
        if (children.Count == 0 && departments.Count == 0)
        {
            return null;
        }

        return new JurisdictionNode(jurisdiction.Name, jurisdiction.Code, Text($"level_{jurisdiction.Level.ToString().ToLowerInvariant()}"), departments, children);
    }

    private DepartmentEntry Department(List<DepartmentYear> years)
    {
        var latest = years.OrderByDescending(y => y.Report.Year).ThenByDescending(y => y.Report.Edition).First();
        var kind = content.DepartmentKinds.FirstOrDefault(k => k.Id == latest.Department.KindId)?.Name ?? latest.Department.KindId;
        var entries = years
            .OrderByDescending(y => y.Report.Year)
            .ThenBy(y => y.Report.Kind)
            .Select(y => new YearEntry(
                y.Report.Year,
                Text(y.Report.Kind == ReportKind.Budget ? "report_kind_budget" : "report_kind_final_accounts"),
                hrefFromHome(y),
                AmountText.Format(KeyFigures.TotalBudget(y)),
                y.Report.MoneyUnit.Symbol()))
            .ToList();
        return new DepartmentEntry(latest.Department.Name, kind, entries);
    }

    private string Text(string key) => strings.TryGetValue(key, out var value) ? value : key;
}
