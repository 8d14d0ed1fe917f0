using BudgetSiteGen.SiteTests.Support;

namespace BudgetSiteGen.SiteTests.Comparison;

/// <summary>The comparison chooser, used with the keyboard only; the choice lives in the address.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ChooserTests(BuiltSite site)
{
    private const string Page = "compare/dpf-2024-budget.html";

    [Fact]
    public async Task A_keyboard_user_can_hide_a_jurisdiction_and_the_choice_survives_a_reload()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + Page);
        await page.WaitForFunctionAsync("() => !document.getElementById('compare-chooser').hidden");

        // Focus the 长治市 checkbox (column 140400) and untick it with the space bar.
        await page.FocusAsync("#compare-chooser input[value='140400']");
        await page.Keyboard.PressAsync("Space");
        await page.WaitForFunctionAsync("() => location.search === '?show=140525'");
        Assert.False(await page.IsCheckedAsync("#compare-chooser input[value='140400']"));
        Assert.Equal(0, await page.Locator("td[data-column='140400']:visible").CountAsync());
        Assert.True(await page.Locator("td[data-column='140525']:visible").CountAsync() > 10);

        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => !document.getElementById('compare-chooser').hidden");
        Assert.False(await page.IsCheckedAsync("#compare-chooser input[value='140400']"));
        Assert.Equal(0, await page.Locator("td[data-column='140400']:visible").CountAsync());

        await page.FocusAsync("#compare-chooser input[value='140400']");
        await page.Keyboard.PressAsync("Space");
        await page.WaitForFunctionAsync("() => location.search === ''");
        Assert.True(await page.Locator("td[data-column='140400']:visible").CountAsync() > 10);
    }
}
