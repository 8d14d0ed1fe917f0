namespace BudgetSiteGen.Benchmarks;

/// <summary>
/// The page Pagefind is measured with: its own JavaScript API, the query from the address, and the
/// data of the first ten results (what a result list shows), as Pagefind's documentation describes.
/// </summary>
public static class PagefindHarness
{
    public const string Html = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>pagefind</title></head>
        <body>
        <script type="module">
          const q = new URLSearchParams(location.search).get('q');
          const pagefind = await import('./pagefind/pagefind.js');
          const search = await pagefind.search(q);
          const data = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
          document.title = 'done ' + search.results.length + ' ' + (data[0] ? data[0].meta.title : '');
        </script>
        </body></html>
        """;
}
