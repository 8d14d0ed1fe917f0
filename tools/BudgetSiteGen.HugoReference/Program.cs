using BudgetSiteGen.HugoReference;

// hugo-reference site --content C --out H [--themes T]   writes a Hugo site rendering every table page
// hugo-reference compare --ours O --hugo H/public         compares BudgetSiteGen's table pages with Hugo's
var options = Options.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "site" when options?.Get("content") is { } content && options.Get("out") is { } output =>
        HugoSite.Write(content, output, options.Get("themes")),
    "compare" when options?.Get("ours") is { } ours && options.Get("hugo") is { } hugo =>
        TablePageComparison.Run(ours, hugo),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: hugo-reference site --content FOLDER --out HUGO_SITE [--themes FOLDER]");
    Console.Error.WriteLine("       hugo-reference compare --ours SITE --hugo HUGO_SITE/public");
    return 2;
}
