using System.Globalization;
using BudgetSiteGen.Synthetic;

// synthesize --count N [--seed S] [--from content] [--format yaml|json] --out folder
// Writes a content folder of N department-years, deterministic for a given seed.
var options = Arguments.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: synthesize --count N [--seed S] [--from content] [--format yaml|json] --out FOLDER");
    return 2;
}

var written = new SyntheticContent(options.Seed, options.From, options.Format).Write(options.Out, options.Count);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {written} department-years to {options.Out}"));
return 0;
