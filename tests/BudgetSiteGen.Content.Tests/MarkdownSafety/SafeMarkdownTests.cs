using BudgetSiteGen.MarkdownSafety;

namespace BudgetSiteGen.Tests.MarkdownSafety;

/// <summary>
/// A link in a report's text must never run script when a reader clicks it. Every spelling of a script
/// address a browser would still obey is refused — mixed case, character references, a tab or line break
/// inside the scheme, a reference-style definition — and the reader sees the link's label as plain text.
/// </summary>
public sealed class SafeMarkdownTests
{
    public static TheoryData<string> ScriptLinks => new()
    {
        "[说明](javascript:alert(1))",
        "[说明](JaVaScRiPt:alert(1))",
        "[说明](<javascript:alert(1)>)",
        "[说明]( javascript:alert(1) )",
        "[说明](&#106;avascript:alert(1))",
        "[说明](&#x6A;avascript:alert(1))",
        "[说明](jav&#x61;script:alert(1))",
        "[说明](java&#x09;script:alert(1))",
        "[说明](java&Tab;script:alert(1))",
        "[说明](jav&#x0A;ascript:alert(1))",
        "[说明](&#32;javascript:alert(1))",
        "[说明](javascript&colon;alert(1))",
        "[说明](&amp;#106;avascript:alert(1))",
        "[说明](vbscript:msgbox(1))",
        "[说明](VBScript:msgbox(1))",
        "[说明](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[说明](DATA:text/html,x)",
        "[说明](file:///etc/passwd)",
    };

    [Theory]
    [MemberData(nameof(ScriptLinks))]
    public void A_script_address_in_an_inline_link_leaves_only_its_label_as_text(string markdown)
    {
        Assert.Equal("<p>说明</p>", SafeMarkdown.ToHtml(markdown).Trim());
        var refused = Assert.Single(SafeMarkdown.Refused(markdown));
        Assert.Equal((AddressUse.Link, 1, 1), (refused.Use, refused.Line, refused.Column));
    }

    [Theory]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("<JAVASCRIPT:alert(1)>", "JAVASCRIPT:alert(1)")]
    [InlineData("<vbscript:msgbox(1)>", "vbscript:msgbox(1)")]
    [InlineData("<data:text/html,x>", "data:text/html,x")]
    public void A_script_autolink_is_shown_as_its_text(string markdown, string text)
    {
        Assert.Equal($"<p>{text}</p>", SafeMarkdown.ToHtml(markdown).Trim());
        Assert.Equal(AddressUse.Link, Assert.Single(SafeMarkdown.Refused(markdown)).Use);
    }

    [Theory]
    [InlineData("见[说明][r]。\n\n[r]: javascript:alert(1)")]
    [InlineData("见[r]。\n\n[r]: JavaScript:alert(1)")]
    [InlineData("见[说明][]。\n\n[说明]: jav&#x61;script:alert(1)")]
    [InlineData("见[说明][r]。\n\n[r]: <vbscript:msgbox(1)> \"标题\"")]
    public void A_reference_link_to_a_script_definition_leaves_its_label_and_the_definition_is_reported_once(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        var refused = Assert.Single(SafeMarkdown.Refused(markdown));
        Assert.Equal((AddressUse.LinkDefinition, 3, 1), (refused.Use, refused.Line, refused.Column));
    }

    [Fact]
    public void The_label_keeps_its_emphasis_and_the_text_around_the_link_stays()
    {
        Assert.Equal("<p>前文 <strong>重点</strong> 说明 后文</p>", SafeMarkdown.ToHtml("前文 [**重点** 说明](javascript:alert(1)) 后文").Trim());
    }

    [Fact]
    public void Several_refused_links_and_an_autolink_in_one_paragraph_leave_every_word_around_them()
    {
        var html = SafeMarkdown.ToHtml("说明文字 [甲](javascript:a) [乙](JaVaScRiPt:b) <javascript:c>\n[丙](https://example.org/) 完");
        Assert.Equal("<p>说明文字 甲 乙 javascript:c\n<a href=\"https://example.org/\">丙</a> 完</p>", html.Trim());
    }

    [Theory]
    [InlineData("![图](javascript:alert(1))")]
    [InlineData("![图](data:image/svg+xml;base64,PHN2Zy8+)")]
    [InlineData("![图](https://example.org/track.png)")]
    [InlineData("![图](http://example.org/track.png)")]
    [InlineData("![图](//example.org/track.png)")]
    [InlineData("![图](\\\\\\\\example.org/track.png)")] // four backslashes in Markdown are two in the address: \\example.org, another host
    [InlineData("![图][i]\n\n[i]: https://example.org/track.png")]
    public void An_image_from_anywhere_but_the_site_is_shown_as_its_description(string markdown)
    {
        Assert.Equal("<p>图</p>", SafeMarkdown.ToHtml(markdown).Trim());
        var refused = Assert.Single(SafeMarkdown.Refused(markdown));
        Assert.Equal((AddressUse.Image, 1, 1), (refused.Use, refused.Line, refused.Column));
    }

    [Theory]
    [InlineData("[表3](../tables/3.html)", "<a href=\"../tables/3.html\">表3</a>")]
    [InlineData("[本页](#income)", "<a href=\"#income\">本页</a>")]
    [InlineData("[原文](https://www.zezhou.gov.cn/a.html)", "<a href=\"https://www.zezhou.gov.cn/a.html\">原文</a>")]
    [InlineData("[原文](HTTP://example.org/)", "<a href=\"HTTP://example.org/\">原文</a>")]
    [InlineData("[来信](mailto:office@example.org)", "<a href=\"mailto:office@example.org\">来信</a>")]
    [InlineData("<https://example.org/>", "<a href=\"https://example.org/\">https://example.org/</a>")]
    [InlineData("<office@example.org>", "<a href=\"mailto:office@example.org\">office@example.org</a>")]
    [InlineData("[表](tables/3.html?a=b:c)", "<a href=\"tables/3.html?a=b:c\">表</a>")]
    [InlineData("![图](images/chart.png)", "<img src=\"images/chart.png\" alt=\"图\" />")]
    public void Relative_web_and_mail_links_and_images_on_the_site_stay_live(string markdown, string element)
    {
        Assert.Equal($"<p>{element}</p>", SafeMarkdown.ToHtml(markdown).Trim());
        Assert.Empty(SafeMarkdown.Refused(markdown));
    }

    [Fact]
    public void Each_refused_address_is_placed_at_its_line_and_column_in_the_text()
    {
        var refused = SafeMarkdown.Refused("第一行\n第二行 [甲](javascript:a) 与 [乙](vbscript:b)\n\n![丙](data:x)");
        Assert.Equal(
            [(AddressUse.Link, "javascript:a", 2, 5), (AddressUse.Link, "vbscript:b", 2, 25), (AddressUse.Image, "data:x", 4, 1)],
            refused.Select(r => (r.Use, r.Address, r.Line, r.Column)).ToArray());
    }

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData(" \tJava\nScript:alert(1)", "javascript")]
    [InlineData("&#x4A;ava&#x09;script:alert(1)", "javascript")]
    [InlineData("../tables/3.html", null)]
    [InlineData("tables/3.html#a:b", null)]
    [InlineData("?q=a:b", null)]
    [InlineData("中文:文字", "中文")]
    public void The_scheme_is_read_as_a_browser_reads_it(string address, string? scheme)
    {
        Assert.Equal(scheme, LinkAddress.SchemeOf(address));
    }
}
