using System.Net;
using System.Text.Json.Nodes;

namespace CoachBot.Tests.Support;

/// <summary>Checks an RFC 9457 problem answer: the status, the media type and a title a developer can read.</summary>
public static class Problem
{
    public static async Task AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var title = (string?)JsonNode.Parse(body)?["title"];
        Assert.False(string.IsNullOrWhiteSpace(title), $"The problem has no title: {body}");
    }
}
