using System.Collections;

namespace BudgetSiteGen.ViewModels.SetAside;

/// <summary>A department-year's pages as <see cref="PageLinksOnDisk"/> set them aside: read from disk each time they are listed.</summary>
internal sealed class LinksOnDisk(PageLinksOnDisk store, long offset, int length, int count) : IReadOnlyList<LinkItem>
{
    public int Count => count;

    public LinkItem this[int index] => store.Read(offset, length)[index];

    public IEnumerator<LinkItem> GetEnumerator() => store.Read(offset, length).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
