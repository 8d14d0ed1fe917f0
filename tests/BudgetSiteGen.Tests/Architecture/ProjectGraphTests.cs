using System.Xml.Linq;
using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.Tests.Support;
using BudgetSiteGen.ViewModels.PageKinds;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Tests.Architecture;

/// <summary>
/// The build flows one way (docs/architecture.md): each project of src/ may reference only projects earlier in
/// the flow, so a stage cannot reach into one that runs after it. A cycle would not compile; this holds the order.
/// </summary>
public sealed class ProjectGraphTests
{
    /// <summary>The stages in the order the data flows through them.</summary>
    private static readonly string[] Flow =
    [
        "BudgetSiteGen.Model",
        "BudgetSiteGen.Content",
        "BudgetSiteGen.Importing",
        "BudgetSiteGen.Checking",
        "BudgetSiteGen.Site",
        "BudgetSiteGen.Rendering",
        "BudgetSiteGen.Writing",
        "BudgetSiteGen.Search",
        "BudgetSiteGen.Building",
        "BudgetSiteGen.Cli",
    ];

    [Fact]
    public void Every_project_of_src_is_a_stage_of_the_flow()
    {
        var projects = Directory.GetDirectories(Path.Combine(Repository.Root, "src")).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(Flow.Order(StringComparer.Ordinal), projects);
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_stage_references_only_stages_before_it(string project)
    {
        var earlier = Flow.TakeWhile(p => p != project).ToHashSet(StringComparer.Ordinal);

        var against = References(project).Where(r => !earlier.Contains(r)).ToList();

        Assert.True(against.Count == 0, $"{project} references {string.Join(", ", against)}, which the flow runs after it or which is not a stage.");
    }

    [Fact]
    public void The_card_ids_validation_refuses_are_exactly_the_pages_beside_the_cards()
    {
        Assert.Equal(PageKindRegistry.ReservedCardIds.Order(StringComparer.Ordinal), PerformanceCard.ReservedIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_manifest_the_writer_keeps_is_the_one_the_site_links()
    {
        Assert.Equal(SitePaths.Manifest, StagedOutput.ManifestName);
    }

    public static TheoryData<string> Stages() => new(Flow);

    private static IEnumerable<string> References(string project)
    {
        var file = Path.Combine(Repository.Root, "src", project, project + ".csproj");
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));
    }
}
