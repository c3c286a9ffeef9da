using CoachBot.Protocol.Connector;

namespace CoachBot.Protocol.Tests.Connector;

public class TrustedServiceUrlsTests
{
    [Fact]
    public void IsTrusted_SameHostOtherRegionPath_Trusted()
    {
        var trusted = new TrustedServiceUrls(["https://smba.trafficmanager.net/amer/"]);

        Assert.True(trusted.IsTrusted("https://SMBA.trafficmanager.net/emea/"));
        Assert.False(trusted.IsTrusted("https://smba.trafficmanager.net.evil.example/amer/"));
        Assert.False(trusted.IsTrusted("http://smba.trafficmanager.net/amer/"));
        Assert.False(trusted.IsTrusted("https://smba.trafficmanager.net:8443/amer/"));
    }

    [Fact]
    public void Add_InvalidUrl_Ignored()
    {
        var trusted = new TrustedServiceUrls();

        trusted.Add("not a url");
        trusted.Add(null);

        Assert.False(trusted.IsTrusted("not a url"));
    }
}
