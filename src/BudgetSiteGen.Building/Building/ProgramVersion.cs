using System.Reflection;

namespace BudgetSiteGen.Building;

/// <summary>This program's version, from the assembly's informational version ("1.0.0+COMMIT" when built from a git checkout).</summary>
public static class ProgramVersion
{
    /// <summary>With the commit it was built from: what a cache key or a bug report needs, since it changes with every commit.</summary>
    public static string Full { get; } =
        typeof(ProgramVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";

    /// <summary>The release alone ("1.0.0"), for what an archive records: the same for every build of a release.</summary>
    public static string Release { get; } = Full.Split('+')[0];
}
