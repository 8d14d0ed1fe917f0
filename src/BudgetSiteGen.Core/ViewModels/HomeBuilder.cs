using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels;

/// <summary>Builds the home page's tree: each jurisdiction under its parent, departments sorted by name, years newest first.</summary>
public sealed class HomeBuilder(
    SharedContent shared,
    IReadOnlyList<DepartmentYearSummary> years,
    UiText text,
    Func<Jurisdiction, string?> jurisdictionHref,
    Func<IReadOnlyList<DepartmentYearSummary>, DepartmentEntry> departmentEntry)
{
    private readonly ILookup<string, DepartmentYearSummary> _current = years.Where(y => !y.IsSuperseded).ToLookup(y => y.JurisdictionCode, StringComparer.Ordinal);
    private readonly ILookup<string, Jurisdiction> _children = shared.Jurisdictions.Where(j => j.ParentCode is not null).ToLookup(j => j.ParentCode!, StringComparer.Ordinal);

    public HomeContent Build()
    {
        var codes = shared.Jurisdictions.Select(j => j.Code).ToHashSet(StringComparer.Ordinal);
        var roots = shared.Jurisdictions.Where(j => j.ParentCode is null || !codes.Contains(j.ParentCode));
        var tree = roots.OrderBy(j => j.Code, StringComparer.Ordinal).Select(Node).OfType<JurisdictionNode>().ToList();
        return new HomeContent(shared.Site.Description, tree, years.Count, Routing.SitePaths.AllChecks);
    }

    /// <summary>A jurisdiction with nothing published in it or below it is left out of the tree.</summary>
    private JurisdictionNode? Node(Jurisdiction jurisdiction)
    {
        var children = _children[jurisdiction.Code]
            .OrderBy(j => j.Code, StringComparer.Ordinal)
            .Select(Node)
            .OfType<JurisdictionNode>()
            .ToList();
        var departments = _current[jurisdiction.Code]
            .GroupBy(y => y.DepartmentSlug, StringComparer.Ordinal)
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
