using CoachBot.Coaching.Policy;

namespace CoachBot.Coaching.Tests.Policy;

public sealed class PolicyLoaderTests : IDisposable
{
    private readonly TempPolicies _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task LoadFileAsync_ShippedSample_GivesTheConfiguredFigures()
    {
        var result = await new PolicyLoader().LoadFileAsync(PolicyLoader.SampleFile, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var policy = Assert.Single(result.Policies);
        Assert.Equal("sample-hotel", policy.PropertyId);
        Assert.Equal(("USD", "$", 2, 1m), (policy.Currency.Code, policy.Currency.Symbol, policy.Currency.Decimals, policy.Currency.RoundingStep));
        Assert.Equal(new RoleAuthority(StaffRole.FrontDesk, 15, 20), policy.AuthorityFor(StaffRole.FrontDesk));
        Assert.Equal(5, policy.Authority.Count);
        Assert.Equal("Minh", policy.Roster[0].Name);
        Assert.Equal(10, policy.ReminderMinutes);
        Assert.Equal(90, policy.CallNoteRetentionDays);
        Assert.Contains(policy.Compensation, c => c.Id == "night_waived" && c.Roles.SequenceEqual([StaffRole.DutyManager]));
    }

    [Fact]
    public async Task LoadFileAsync_SeveralSchemaErrors_ReportsEachWithFileAndLine()
    {
        var yaml = TempPolicies.SampleWith("code: USD", "code: dollars")
            .Replace("  trainer:      { max_discount_percent: 10, max_amount_per_night: 15 }\n", string.Empty, StringComparison.Ordinal)
            .Replace("reminder_minutes: 10", "reminder_minutes: 10\n  remind_twice: true", StringComparison.Ordinal);
        var path = _dir.Write("broken.yaml", yaml);

        var result = await new PolicyLoader().LoadFileAsync(path, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Policies);
        Assert.All(result.Errors, e => Assert.Equal("broken.yaml", e.File));
        Assert.Contains(result.Errors, e => e.Line == TempPolicies.LineOf(yaml, "code: dollars") && e.Message.Contains("currency.code", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Line == TempPolicies.LineOf(yaml, "remind_twice") && e.Message.Contains("remind_twice", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("trainer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadFileAsync_MeaningErrors_ReportsEveryOneOnItsLine()
    {
        var yaml = TempPolicies.SampleWith("time_zone: Asia/Ho_Chi_Minh", "time_zone: Mars/Olympus_Mons")
            .Replace("from: \"06-15\"", "from: \"02-30\"", StringComparison.Ordinal)
            .Replace("rounding_step: 1 ", "rounding_step: 0.001 ", StringComparison.Ordinal);
        var path = _dir.Write("meaning.yaml", yaml);

        var result = await new PolicyLoader().LoadFileAsync(path, CancellationToken.None);

        Assert.Equal(3, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Line == TempPolicies.LineOf(yaml, "Mars/") && e.Message.Contains("time zone", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Line == TempPolicies.LineOf(yaml, "02-30") && e.Message.Contains("not a day", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Line == TempPolicies.LineOf(yaml, "rounding_step") && e.Message.Contains("decimal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadFileAsync_RosterWithoutDutyManager_IsRefused()
    {
        var yaml = TempPolicies.Sample.Replace("role: duty_manager,", "role: supervisor,", StringComparison.Ordinal);
        var path = _dir.Write("roster.yaml", yaml);

        var result = await new PolicyLoader().LoadFileAsync(path, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Contains("duty_manager", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadFileAsync_YamlSyntaxError_ReportsItsLine()
    {
        var path = _dir.Write("syntax.yaml", "property:\n  id: x\n  name: \"unclosed\n  other: 1\n");

        var result = await new PolicyLoader().LoadFileAsync(path, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("YAML syntax", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, 3, 5);
    }

    [Fact]
    public async Task LoadFileAsync_UnclosedFlowSequenceAtEnd_IsAnErrorNotACrash()
    {
        var path = _dir.Write("unclosed.yaml", "property:\n  id: x\n  name: [unclosed\n");

        var result = await new PolicyLoader().LoadFileAsync(path, CancellationToken.None);

        Assert.StartsWith("YAML syntax", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadDirectoryAsync_TwoFilesForOneProperty_IsRefused()
    {
        _dir.Write("a.yaml", TempPolicies.Sample);
        _dir.Write("b.yaml", TempPolicies.Sample);

        var result = await new PolicyLoader().LoadDirectoryAsync(_dir.Path, CancellationToken.None);

        Assert.Empty(result.Policies);
        Assert.Contains(result.Errors, e => e.File == "b.yaml" && e.Message.Contains("sample-hotel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadOrThrowAsync_InvalidFile_ThrowsWithEveryError()
    {
        var path = _dir.Write("bad.yaml", TempPolicies.SampleWith("decimals: 2", "decimals: 9"));

        var ex = await Assert.ThrowsAsync<PolicyValidationException>(() => PolicyLoader.LoadOrThrowAsync(path, CancellationToken.None));

        Assert.Contains(ex.Errors, e => e.Message.Contains("decimals", StringComparison.Ordinal));
    }
}
