using BudgetSiteGen.Model;
using BudgetSiteGen.Routing;
using BudgetSiteGen.ViewModels;
using BudgetSiteGen.Writing;

namespace BudgetSiteGen.Indexing;

/// <summary>
/// Indexes the whole site in a fixed order (jurisdiction, department, year, edition) so document numbers
/// and shards are the same on every build. Department-years are turned into documents a batch at a time,
/// in parallel, and added in order; only one batch's text is in memory at once.
/// </summary>
public static class SiteSearchIndex
{
    private const int Batch = 64;

    public static int Write(SiteIndex index, PageFactory pages, StagedOutput output)
    {
        var writer = new SearchIndexWriter(output);
        foreach (var jurisdiction in index.Content.Jurisdictions.Where(index.HasContent).OrderBy(j => j.Code, StringComparer.Ordinal))
        {
            var crumb = string.Join(" / ", index.Lineage(jurisdiction).Select(j => j.Name));
            writer.Add(new SearchDocument(SitePaths.Jurisdiction(jurisdiction), jurisdiction.Name, crumb, "jurisdiction", null, jurisdiction.Name,
                [new(jurisdiction.Name, FieldWeights.Title), new(crumb, FieldWeights.Breadcrumb)], [], crumb));
        }

        var years = index.Current
            .OrderBy(y => y.JurisdictionCode, StringComparer.Ordinal)
            .ThenBy(y => y.Department.Slug, StringComparer.Ordinal)
            .ThenByDescending(y => y.Report.Year)
            .ThenBy(y => y.Report.Kind)
            .ThenBy(y => y.Report.Edition)
            .ToList();
        var builder = new SearchDocumentBuilder(pages);
        for (var start = 0; start < years.Count; start += Batch)
        {
            var batch = years.Skip(start).Take(Batch).AsParallel().AsOrdered().Select(y => builder.Build(y).ToList()).ToList();
            foreach (var document in batch.SelectMany(d => d))
            {
                writer.Add(document);
            }
        }

        writer.Finish();
        return writer.Documents;
    }
}
