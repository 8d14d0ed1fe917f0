namespace BudgetSiteGen.Building;

public sealed record BuildOptions(string ContentFolder, string OutputFolder, string ThemesFolder);
