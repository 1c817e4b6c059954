using ReportBuilder.Core.Links;

namespace ReportBuilder.Core.Tests.Links;

public sealed class LinkPolicyTests
{
    [Theory]
    [InlineData("https://www.justiceinspectorates.gov.uk/hmiprobation/", LinkKind.Web)]
    [InlineData("HTTP://example.org", LinkKind.Web)]
    [InlineData("mailto:psi@nationalarchives.gsi.gov.uk", LinkKind.Mail)]
    [InlineData("#ratings", LinkKind.InDocument)]
    [InlineData("  https://example.org  ", LinkKind.Web)]
    public void Allowed_Targets_AreLive(string url, LinkKind kind) => Assert.Equal(kind, LinkPolicy.Judge(url).Kind);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" \u0001javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("vbscript:x")]
    [InlineData("file:///etc/passwd")]
    [InlineData("smb://host/share")]
    [InlineData(@"\\host\share")]
    [InlineData("//evil.example/x")]
    [InlineData(@"/\evil.example")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("https:")]
    [InlineData("http:/x")]
    [InlineData("")]
    public void Other_Targets_AreRefused_WithAReason(string url)
    {
        var decision = LinkPolicy.Judge(url);
        Assert.False(decision.Allowed);
        Assert.False(string.IsNullOrEmpty(decision.Reason));
    }
}
