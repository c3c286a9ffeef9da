using CoachBot.Protocol.Tests.TestSupport;

namespace CoachBot.Protocol.Tests.Authentication;

public sealed class SigningKeyRefreshTests : IDisposable
{
    private readonly AuthenticatorFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task AuthenticateAsync_KeysFetchedOnce_ForManyRequests()
    {
        var key = _fixture.Channel.NewKey("k1", ["msteams"]);

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await _fixture.AuthenticateAsync("Bearer " + _fixture.Channel.Mint(key))).Succeeded);
        }

        Assert.Equal(1, _fixture.Handler.CountTo(AuthTestData.ChannelMetadataUrl));
        Assert.Equal(1, _fixture.Handler.CountTo(AuthTestData.ChannelJwksUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_RotatedKey_RefreshesOnceAndAccepts()
    {
        var oldKey = _fixture.Channel.NewKey("old", ["msteams"]);
        Assert.True((await _fixture.AuthenticateAsync("Bearer " + _fixture.Channel.Mint(oldKey))).Succeeded);
        _fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var newKey = _fixture.Channel.NewKey("new", ["msteams"]);

        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.Channel.Mint(newKey));

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(2, _fixture.Handler.CountTo(AuthTestData.ChannelJwksUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKeyAgainSoon_NoSecondFetchUntilIntervalPasses()
    {
        _fixture.Channel.NewKey("known", ["msteams"]);
        var unknown = _fixture.Channel.NewKey("unknown", ["msteams"], publish: false);
        var token = "Bearer " + _fixture.Channel.Mint(unknown);

        var first = await _fixture.AuthenticateAsync(token);
        var second = await _fixture.AuthenticateAsync(token);

        Assert.Equal(401, first.StatusCode);
        Assert.Equal("unknown signing key", second.Reason);
        Assert.Equal(1, _fixture.Handler.CountTo(AuthTestData.ChannelJwksUrl));

        _fixture.Channel.Publish(unknown);
        _fixture.Clock.Advance(_fixture.Options.UnknownKeyRefreshInterval);
        var later = await _fixture.AuthenticateAsync(token);

        Assert.True(later.Succeeded, later.Reason);
        Assert.Equal(2, _fixture.Handler.CountTo(AuthTestData.ChannelJwksUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_KeysOlderThanRefreshInterval_FetchedAgain()
    {
        var key = _fixture.Channel.NewKey("k1", ["msteams"]);
        await _fixture.AuthenticateAsync("Bearer " + _fixture.Channel.Mint(key));

        _fixture.Clock.Advance(_fixture.Options.SigningKeyRefreshInterval);
        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.Channel.Mint(key));

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(2, _fixture.Handler.CountTo(AuthTestData.ChannelJwksUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_RefreshFailsWithCachedKeys_KeepsOldKeys()
    {
        var key = _fixture.Channel.NewKey("k1", ["msteams"]);
        await _fixture.AuthenticateAsync("Bearer " + _fixture.Channel.Mint(key));
        _fixture.Handler.Route(AuthTestData.ChannelJwksUrl, () => new HttpResponseMessage(System.Net.HttpStatusCode.BadGateway));

        _fixture.Clock.Advance(_fixture.Options.SigningKeyRefreshInterval);
        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.Channel.Mint(key));

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_ConcurrentFirstRequests_ShareOneFetch()
    {
        var key = _fixture.Channel.NewKey("k1", ["msteams"]);
        var token = "Bearer " + _fixture.Channel.Mint(key);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _fixture.AuthenticateAsync(token))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Reason));
        Assert.Equal(1, _fixture.Handler.CountTo(AuthTestData.ChannelJwksUrl));
    }
}
