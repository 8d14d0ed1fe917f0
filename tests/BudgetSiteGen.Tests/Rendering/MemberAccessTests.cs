using BudgetSiteGen.Rendering;
using Scriban;
using Scriban.Runtime;

namespace BudgetSiteGen.Tests.Rendering;

/// <summary>
/// Templates read view models through delegates compiled once per type; what a template can read, and what it
/// reads, is what Scriban itself would give.
/// </summary>
public sealed class MemberAccessTests
{
    public class Base
    {
        public string Inherited { get; init; } = "来自基类";
    }

    public sealed class Sample : Base
    {
        public int Field = 7;

        public decimal Amount { get; init; } = 1234.50m;

        public string? Missing { get; init; }

        public IReadOnlyList<string> Items { get; init; } = ["甲", "乙"];

        public DateOnly Day { get; init; } = new(2025, 1, 31);
    }

    [Fact]
    public void A_template_reads_fields_inherited_properties_values_and_lists_of_a_view_model()
    {
        var written = Render("{{ model.inherited }}|{{ model.field }}|{{ model.amount }}|{{ model.missing }}|{{ for i in model.items }}{{ i }}{{ end }}|{{ model.day.year }}", new Sample());

        Assert.Equal("来自基类|7|1234.50||甲乙|2025", written);
    }

    [Fact]
    public void The_same_members_are_readable_as_through_Scriban_alone_and_the_compiled_reader_is_the_one_used()
    {
        var context = new EscapingTemplateContext(new ScriptObject());
        var plain = new TemplateContext { MemberRenamer = TemplateNames.Member };
        var sample = new Sample();

        var compiled = context.GetMemberAccessor(sample);
        var scriban = plain.GetMemberAccessor(sample);

        Assert.IsType<CompiledMemberAccessor>(compiled);
        Assert.Equal(scriban.GetMembers(plain, default, sample).Order(StringComparer.Ordinal), compiled.GetMembers(context, default, sample).Order(StringComparer.Ordinal));
        foreach (var member in scriban.GetMembers(plain, default, sample))
        {
            Assert.True(scriban.TryGetValue(plain, default, sample, member, out var expected));
            Assert.True(compiled.TryGetValue(context, default, sample, member, out var actual));
            Assert.Equal(expected, actual);
        }

        Assert.False(compiled.TryGetValue(context, default, sample, "no_such_member", out _));
    }

    [Fact]
    public void A_member_the_view_model_does_not_have_still_stops_the_render_at_its_place()
    {
        var error = Assert.Throws<UnknownNameException>(() => Render("{{ model.field }}\n{{ model.feild }}", new Sample()));

        Assert.Equal(1, error.Span.Start.Line);
        Assert.Contains("`feild` is not a member of Sample", error.OriginalMessage, StringComparison.Ordinal);
    }

    private static string Render(string text, object model)
    {
        var context = new EscapingTemplateContext(new ScriptObject());
        context.PushGlobal(new ScriptObject { { "model", model } });
        return Template.Parse(text).Render(context);
    }
}
