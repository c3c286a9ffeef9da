using CoachBot.Coaching.Policy;

namespace CoachBot.Coaching.Tests.Policy;

public sealed class RoleMapTests
{
    private static RoleMap Map()
    {
        var map = new RoleMap();
        map.Users["11111111-aaaa"] = "duty_manager";
        map.Groups["sales-group"] = "sales";
        map.Groups["desk-group"] = "Front-Desk";
        return map;
    }

    [Fact]
    public void Resolve_UnknownUser_GetsTheLowestRole() =>
        Assert.Equal(["front_desk"], Map().Resolve("someone-else", ["unrelated-group"]));

    [Fact]
    public void Resolve_NoIdentity_GetsTheLowestRole() =>
        Assert.Equal(["front_desk"], Map().Resolve(null));

    [Fact]
    public void Resolve_UserAndGroups_GivesEveryRoleOnce()
    {
        var roles = Map().Resolve("11111111-AAAA", ["sales-group", "desk-group", "sales-group"]);

        Assert.Equal(["duty_manager", "sales", "front_desk"], roles);
    }

    [Fact]
    public void Validate_UnknownRoleName_IsReportedWithItsEntry()
    {
        var map = Map();
        map.Users["22222222"] = "general_manager";

        var problem = Assert.Single(map.Validate());

        Assert.StartsWith("Users:22222222:", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnknownRoleName_IsNotGranted()
    {
        var map = new RoleMap();
        map.Users["33333333"] = "owner";

        Assert.Equal(["front_desk"], map.Resolve("33333333"));
    }
}
