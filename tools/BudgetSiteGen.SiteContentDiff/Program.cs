using BudgetSiteGen.SiteContentDiff;

// Compares two built sites by what a reader gets, not by bytes: every HTML page's title, text, table cells and
// elements with their attributes; every other file (search shards, downloads, feeds) byte for byte, except
// the checksum manifest, which follows the bytes of the pages.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: site-content-diff BEFORE AFTER");
    return 2;
}

var (before, after) = (args[0], args[1]);
var differences = 0;
var beforeFiles = Files(before);
var afterFiles = Files(after);
foreach (var missing in beforeFiles.Except(afterFiles))
{
    Report(missing, "only in BEFORE");
}

foreach (var added in afterFiles.Except(beforeFiles))
{
    Report(added, "only in AFTER");
}

var compared = 0;
foreach (var file in beforeFiles.Intersect(afterFiles))
{
    compared++;
    var (a, b) = (Path.Combine(before, file), Path.Combine(after, file));
    if (file.EndsWith(".html", StringComparison.Ordinal))
    {
        ComparePages(file, PageContent.Read(File.ReadAllText(a)), PageContent.Read(File.ReadAllText(b)));
    }
    else if (file != "manifest-sha256.txt" && !File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b)))
    {
        Report(file, "bytes differ");
    }
}

Console.WriteLine($"compared {compared} files: {differences} differences");
return differences == 0 ? 0 : 1;

void ComparePages(string file, PageContent a, PageContent b)
{
    if (a.Title != b.Title)
    {
        Report(file, $"title: '{a.Title}' → '{b.Title}'");
    }

    if (a.Text != b.Text)
    {
        var at = FirstDifference(a.Text, b.Text);
        Report(file, $"text differs at {at}: '{Excerpt(a.Text, at)}' → '{Excerpt(b.Text, at)}'");
    }

    CompareLists(file, "table row", a.TableRows, b.TableRows);
    CompareLists(file, "element", a.Elements, b.Elements);
}

void CompareLists(string file, string what, IReadOnlyList<string> a, IReadOnlyList<string> b)
{
    if (a.Count != b.Count)
    {
        Report(file, $"{a.Count} → {b.Count} {what}s");
    }

    foreach (var (x, y) in a.Zip(b).Where(p => p.First != p.Second).Take(3))
    {
        Report(file, $"{what}: {x} → {y}");
    }
}

void Report(string file, string message)
{
    differences++;
    Console.WriteLine($"{file}: {message}");
}

static int FirstDifference(string a, string b)
{
    var i = 0;
    while (i < a.Length && i < b.Length && a[i] == b[i])
    {
        i++;
    }

    return i;
}

static string Excerpt(string text, int at) => text.Substring(Math.Max(0, at - 30), Math.Min(text.Length, at + 50) - Math.Max(0, at - 30));

static SortedSet<string> Files(string root) =>
    new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')), StringComparer.Ordinal);
