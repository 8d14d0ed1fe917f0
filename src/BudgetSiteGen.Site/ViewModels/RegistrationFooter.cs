using BudgetSiteGen.Model;

namespace BudgetSiteGen.ViewModels;

/// <summary>
/// The registration lines of every page's footer, in the order government sites show them. The public-security
/// number links to its record on the Ministry of Public Security's filing site, as the filing rules ask: the one
/// link to another host the site makes, and a plain link, so nothing is fetched from there unless it is followed.
/// </summary>
public static class RegistrationFooter
{
    public const string PublicSecurityRecordPage = "https://beian.mps.gov.cn/#/query/webSearch?code=";

    public static IReadOnlyList<RegistrationItem>? For(SiteRegistration? registration, UiText text)
    {
        if (registration is null)
        {
            return null;
        }

        var items = new List<RegistrationItem>();
        void Add(string key, string? value, string? href = null)
        {
            if (value is not null)
            {
                items.Add(new RegistrationItem(text.Get(key), value, href));
            }
        }

        Add("footer_organiser", registration.Organiser);
        Add("footer_site_code", registration.SiteCode);
        Add("footer_icp_number", registration.IcpNumber);
        Add("footer_public_security_number", registration.PublicSecurityNumber, PublicSecurityRecordPage + registration.PublicSecurityRecordCode);
        return items;
    }
}
