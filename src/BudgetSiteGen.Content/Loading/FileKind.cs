namespace BudgetSiteGen.Loading;

/// <summary>What a path names, after following symbolic links. Only regular files are ever opened as content.</summary>
public enum FileKind
{
    /// <summary>The system cannot tell (it is not Linux); only the reported size is known.</summary>
    Unknown,
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}
