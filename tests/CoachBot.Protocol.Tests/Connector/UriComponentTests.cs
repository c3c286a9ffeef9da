using CoachBot.Protocol.Connector;

namespace CoachBot.Protocol.Tests.Connector;

public class UriComponentTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1", "19%3Aabc%40thread.tacv2%3Bmessageid%3D1")]
    [InlineData("a:1Xy-_.~!*'()", "a%3A1Xy-_.~!*'()")]
    [InlineData("x y/z?#&+é", "x%20y%2Fz%3F%23%26%2B%C3%A9")]
    public void Escape_MatchesEncodeUriComponent(string value, string expected)
    {
        Assert.Equal(expected, UriComponent.Escape(value));
    }
}
