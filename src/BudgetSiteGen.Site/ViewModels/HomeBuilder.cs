using BudgetSiteGen.Loading;
using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels;

/// <summary>
/// Builds the home page's tree: each jurisdiction under its parent, departments sorted by name, years newest first.
/// The tree is shown only as deep as it fits in <see cref="Budget"/> entries, so the home page stays small however
/// large the portal: a jurisdiction below that depth is a link to its own page, which goes on one level at a time.
/// </summary>
public sealed class HomeBuilder(
    SharedContent shared,
    IReadOnlyList<DepartmentYearSummary> years,
    UiText text,
    Func<Jurisdiction, string?> jurisdictionHref,
    Func<IReadOnlyList<DepartmentYearSummary>, DepartmentEntry> departmentEntry)
{
    private readonly ILookup<string, DepartmentYearSummary> _current = years.Where(y => !y.IsSuperseded).ToLookup(y => y.JurisdictionCode, StringComparer.Ordinal);
    private readonly ILookup<string, Jurisdiction> _children = shared.Jurisdictions.Where(j => j.ParentCode is not null).ToLookup(j => j.ParentCode!, StringComparer.Ordinal);

    /// <summary>
    /// Entries the home page lists at most (a jurisdiction counts one, a department one and one for each of its
    /// years): about 200 bytes each, so the page stays well under 100 KB. The top level is always shown whole.
    /// </summary>
    public const int Budget = 300;

    public HomeContent Build()
    {
        var codes = shared.Jurisdictions.Select(j => j.Code).ToHashSet(StringComparer.Ordinal);
        var roots = shared.Jurisdictions.Where(j => j.ParentCode is null || !codes.Contains(j.ParentCode));
        var tree = roots.OrderBy(j => j.Code, StringComparer.Ordinal).Select(Node).OfType<JurisdictionNode>().ToList();
        var depth = 0;
        while (Entries(tree, depth + 1) > Entries(tree, depth) && Entries(tree, depth + 1) <= Budget)
        {
            depth++;
        }

        return new HomeContent(shared.Site.Description, tree.Select(node => Cut(node, depth)).ToList(), years.Count, Routing.SitePaths.AllChecks);
    }

    /// <summary>How many entries the tree has when its nodes are opened down to <paramref name="depth"/> levels below the top.</summary>
    private static int Entries(IReadOnlyList<JurisdictionNode> nodes, int depth) =>
        nodes.Count + (depth == 0 ? 0 : nodes.Sum(n => n.Departments.Sum(d => 1 + d.Years.Count) + Entries(n.Children, depth - 1)));

    private static JurisdictionNode Cut(JurisdictionNode node, int depth) =>
        depth == 0 ? node with { Departments = [], Children = [] } : node with { Children = node.Children.Select(c => Cut(c, depth - 1)).ToList() };

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
