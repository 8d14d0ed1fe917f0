using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels;

/// <summary>Builds the home page's tree: each jurisdiction under its parent, departments sorted by name, years newest first.</summary>
public sealed class HomeBuilder(
    ContentSet content,
    UiText text,
    Func<Jurisdiction, string?> jurisdictionHref,
    Func<List<DepartmentYear>, DepartmentEntry> departmentEntry)
{
    public HomeContent Build()
    {
        var byCode = content.Jurisdictions.ToDictionary(j => j.Code, StringComparer.Ordinal);
        var roots = content.Jurisdictions.Where(j => j.ParentCode is null || !byCode.ContainsKey(j.ParentCode));
        var tree = roots.OrderBy(j => j.Code, StringComparer.Ordinal).Select(Node).OfType<JurisdictionNode>().ToList();
        return new HomeContent(content.Site.Description, tree, content.DepartmentYears.Count, Routing.SitePaths.AllChecks);
    }

    /// <summary>A jurisdiction with nothing published in it or below it is left out of the tree.</summary>
    private JurisdictionNode? Node(Jurisdiction jurisdiction)
    {
        var children = content.Jurisdictions
            .Where(j => j.ParentCode == jurisdiction.Code)
            .OrderBy(j => j.Code, StringComparer.Ordinal)
            .Select(Node)
            .OfType<JurisdictionNode>()
            .ToList();
        var departments = content.DepartmentYears
            .Where(y => y.JurisdictionCode == jurisdiction.Code && !y.IsSuperseded)
            .GroupBy(y => y.Department.Slug, StringComparer.Ordinal)
            .Select(group => departmentEntry(group.ToList()))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
        if (children.Count == 0 && departments.Count == 0)
        {
            return null;
        }

        var level = text.Get($"level_{jurisdiction.Level.ToString().ToLowerInvariant()}");
        return new JurisdictionNode(jurisdiction.Name, jurisdiction.Code, level, jurisdictionHref(jurisdiction), departments, children);
    }
}
