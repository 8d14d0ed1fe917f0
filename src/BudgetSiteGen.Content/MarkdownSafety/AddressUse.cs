namespace BudgetSiteGen.MarkdownSafety;

/// <summary>Where an address sits in Markdown, which decides what it may be.</summary>
public enum AddressUse
{
    /// <summary>[label](address) or &lt;address&gt;: followed when a reader clicks.</summary>
    Link,

    /// <summary>[label]: address — the definition a reference link [label][ref] takes its address from.</summary>
    LinkDefinition,

    /// <summary>![alt](address): fetched when the page loads.</summary>
    Image,
}
