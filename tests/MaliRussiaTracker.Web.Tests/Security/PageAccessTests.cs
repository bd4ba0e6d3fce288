using MaliRussiaTracker.Web.Components.Pages.Timeline;
using MaliRussiaTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace MaliRussiaTracker.Web.Tests.Security;

public class PageAccessTests
{
    [Fact]
    public void Only_a_page_with_no_rule_of_its_own_falls_back_to_the_default_policy()
    {
        Assert.True(PageAccess.FallsBack(typeof(UnmarkedPage)));
        Assert.False(PageAccess.FallsBack(typeof(Timeline)));
        Assert.False(PageAccess.FallsBack(typeof(OpenPage)));
        Assert.False(PageAccess.FallsBack(typeof(AdminPage)));
    }

    [Theory]
    [InlineData("/timeline?from=2025-01-01", "/timeline?from=2025-01-01")]
    [InlineData("/", "/")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("//evil.example/x", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("timeline", "/")]
    public void After_sign_in_only_a_path_of_this_site_is_followed(string? returnUrl, string followed) =>
        Assert.Equal(followed, PageAccess.LocalReturnUrl(returnUrl));

    private sealed class UnmarkedPage;

    [AllowAnonymous]
    private sealed class OpenPage;

    [CanAdminister]
    private sealed class AdminPage;
}
