using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using BudgetSiteGen.Checking;
using BudgetSiteGen.Diagnostics;
using BudgetSiteGen.Loading;
using BudgetSiteGen.Publishing;
using BudgetSiteGen.Tests.Support;
using BudgetSiteGen.Validation;
using Xunit.Abstractions;

namespace BudgetSiteGen.Tests.Loading;

/// <summary>
/// Thousands of malformed variants of the real content files — the reports in YAML and in JSON, and the shared
/// lists — each end in a clean load or in located diagnostics, never in an exception; a sample of them goes
/// through the whole build, which must report what `check` reports. The variants come from a fixed seed, so a
/// failure is the same on every run and its description says how to make the file again.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 13;
    private const int MutantsPerReport = 400;
    private const int MutantsPerSharedList = 150;
    private const int BuildSample = 30;

    private sealed record Original(string Name, string Text, bool IsJson, Func<DiagnosticSink, DataNode, object?> Bind);

    private sealed record Mutant(Original Original, byte[] Bytes, string Description);

    [Fact]
    public void Malformed_variants_of_the_real_content_end_in_a_clean_load_or_located_diagnostics()
    {
        var mutants = Mutants();
        var (clean, diagnosed, failures) = (0, 0, new ConcurrentBag<string>());
        var clock = Stopwatch.StartNew();
        var processorTime = Process.GetCurrentProcess().TotalProcessorTime;
        Parallel.ForEach(mutants, mutant =>
        {
            try
            {
                var diagnostics = Check(mutant);
                foreach (var d in diagnostics.Where(d => d.Location.Line < 1 || d.Location.Column < 1 || string.IsNullOrEmpty(d.Location.File)))
                {
                    failures.Add($"{mutant.Original.Name} ({mutant.Description}): unlocated {d.Code} at {d.Location}: {d.Message}");
                }

                if (diagnostics.Count == 0)
                {
                    Interlocked.Increment(ref clean);
                }
                else
                {
                    Interlocked.Increment(ref diagnosed);
                }
            }
            catch (Exception e)
            {
                failures.Add($"{mutant.Original.Name} ({mutant.Description}): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        });

        var busy = Process.GetCurrentProcess().TotalProcessorTime - processorTime;
        output.WriteLine($"fuzz: {mutants.Count} mutants (seed {Seed}), {clean} clean loads, {diagnosed} diagnosed, {failures.Count} exceptions or unlocated diagnostics, " +
            $"{clock.Elapsed.TotalSeconds:0.0} s ({busy.TotalSeconds:0.0} s of processor time in this test process)");
        Assert.True(mutants.Count >= 2000);
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(5)));
        Assert.True(clean > 0 && diagnosed > mutants.Count / 2, $"{clean} clean, {diagnosed} diagnosed: the mutations should break most files and leave some whole");
    }

    [Fact]
    public void A_sample_of_malformed_variants_builds_or_fails_with_what_check_reports()
    {
        // Half the sample loads cleanly, so that rendering meets mutated figures and texts too.
        var mutants = Mutants();
        var clean = mutants.Where(m => Check(m).Count == 0).Take(BuildSample / 2);
        var diagnosed = Enumerable.Range(0, BuildSample / 2).Select(i => mutants[i * mutants.Count / (BuildSample / 2)]).Where(m => Check(m).Count > 0);
        var sample = clean.Concat(diagnosed).ToList();
        var (built, failed) = (0, 0);
        var clock = Stopwatch.StartNew();
        foreach (var mutant in sample)
        {
            using var scratch = new ScratchContent();
            if (!mutant.Original.Name.StartsWith("reports/", StringComparison.Ordinal))
            {
                scratch.Report("zezhou/dpf/2024-budget.yaml", File.ReadAllText(Path.Combine(Repository.Content, "reports", "zezhou", "dpf", "2024-budget.yaml")));
            }

            var path = Path.Combine(scratch.Content, mutant.Original.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, mutant.Bytes);
            var check = CheckAndBuild.Lines(CheckAndBuild.Check(scratch.Content).Diagnostics);
            var build = CheckAndBuild.Build(scratch.Content);
            Assert.True(check.SequenceEqual(CheckAndBuild.Lines(build.Diagnostics)),
                $"{mutant.Original.Name} ({mutant.Description}):\ncheck:\n{string.Join('\n', check)}\nbuild:\n{string.Join('\n', CheckAndBuild.Lines(build.Diagnostics))}");
            (built, failed) = build.Succeeded ? (built + 1, failed) : (built, failed + 1);
        }

        output.WriteLine($"fuzz build: {sample.Count} mutants built in-process, {built} built, {failed} failed with check's diagnostics, 0 exceptions, {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(built >= BuildSample / 3 && failed >= BuildSample / 3, $"{built} built, {failed} failed: the sample should hold both");
    }

    private static List<Mutant> Mutants()
    {
        var mutator = new Mutator(Seed);
        var mutants = new List<Mutant>();
        foreach (var original in Originals())
        {
            var count = original.Name.StartsWith("reports/", StringComparison.Ordinal) ? MutantsPerReport : MutantsPerSharedList;
            for (var i = 0; i < count; i++)
            {
                var (bytes, description) = mutator.Mutate(original.Text, original.IsJson);
                mutants.Add(new Mutant(original, bytes, description));
            }
        }

        return mutants;
    }

    private static IEnumerable<Original> Originals()
    {
        var references = Seeds.Content.DepartmentYears.Count > 0
            ? new ReferenceLists(Seeds.Content.Jurisdictions.Select(j => j.Code).ToHashSet(), Seeds.Content.DepartmentKinds.Select(k => k.Id).ToHashSet())
            : ReferenceLists.None;
        object? Report(DiagnosticSink sink, DataNode root)
        {
            var year = new DepartmentYearBinder(sink, references).Bind(root, sink.File);
            return year is null ? null : Auditor.Audit(year);
        }

        foreach (var department in new[] { "zezhou", "changzhi" })
        {
            var yaml = File.ReadAllText(Path.Combine(Repository.Content, "reports", department, "dpf", "2024-budget.yaml"));
            var json = Encoding.UTF8.GetString(CanonicalJson.Write(Path.Combine(Repository.Content, "reports", department, "dpf", "2024-budget.yaml"))!);
            yield return new Original($"reports/{department}/dpf/2024-budget.yaml", yaml, false, Report);
            yield return new Original($"reports/{department}/dpf/2024-budget.json", json, true, Report);
        }

        yield return Shared("site.yaml", (binder, root) => binder.BindSite(root));
        yield return Shared("jurisdictions.yaml", (binder, root) => binder.BindJurisdictions(root));
        yield return Shared("department-kinds.yaml", (binder, root) => binder.BindDepartmentKinds(root));
    }

    private static Original Shared(string name, Func<SharedListBinder, DataNode, object?> bind) =>
        new(name, File.ReadAllText(Path.Combine(Repository.Content, name)), false, (sink, root) => bind(new SharedListBinder(sink), root));

    /// <summary>What `check` does with one file: read, parse, bind and, for a report that binds, audit.</summary>
    private static List<Diagnostic> Check(Mutant mutant)
    {
        var parsed = ContentFileReader.Parse(mutant.Bytes, mutant.Original.Name, mutant.Original.IsJson);
        if (parsed.Root is { } root)
        {
            mutant.Original.Bind(parsed.Sink, root);
        }

        return parsed.Sink.Drain().ToList();
    }
}
