using System.Text.Json;

namespace CoachBot.Dialogs.Tests.State;

public class DialogValuesTests
{
    [Fact]
    public void Get_AfterJsonRoundTrip_ReadsTypedValues()
    {
        var values = new DialogValues().Set("name", "Lan").Set("guests", 4).Set("team", new Choice("Sales", "sales"));

        var read = JsonSerializer.Deserialize<DialogValues>(JsonSerializer.Serialize(values, DialogStateSerializer.Options), DialogStateSerializer.Options)!;

        Assert.Equal("Lan", read.Get<string>("name"));
        Assert.Equal(4, read.Get<int>("guests"));
        Assert.Equal(new Choice("Sales", "sales"), read.Get<Choice>("team"));
        Assert.False(read.TryGet<string>("missing", out _));
    }
}
