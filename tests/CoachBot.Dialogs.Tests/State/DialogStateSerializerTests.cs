using System.Text.Json;
using CoachBot.Dialogs.Tests.Support;

namespace CoachBot.Dialogs.Tests.State;

public class DialogStateSerializerTests
{
    [Fact]
    public async Task Serialize_MidWaterfall_WritesTypedCamelCaseStack()
    {
        var runner = TestBot.Create();
        var turn = new IncomingTurn("c", "u") { Text = "hi" };
        var state = (await runner.RunTurnAsync(turn, DialogState.Empty, CancellationToken.None)).State;
        state = (await runner.RunTurnAsync(turn with { Text = "Lan" }, state, CancellationToken.None)).State;

        using var json = JsonDocument.Parse(DialogStateSerializer.Serialize(state));

        var stack = json.RootElement.GetProperty("stack");
        Assert.Equal(TestBot.SignUp, stack[0].GetProperty("dialogId").GetString());
        Assert.Equal(1, stack[0].GetProperty("stepIndex").GetInt32());
        Assert.Equal("Lan", stack[0].GetProperty("values").GetProperty("name").GetString());
        Assert.Equal("choice", stack[1].GetProperty("dialogId").GetString());
        Assert.Equal(3, stack[1].GetProperty("options").GetProperty("choices").GetArrayLength());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("null")]
    public void Deserialize_NothingStored_GivesEmptyState(string? stored)
    {
        var state = DialogStateSerializer.Deserialize(stored);

        Assert.Empty(state.Stack);
        Assert.Null(state.Language);
    }

    [Fact]
    public void Deserialize_Utf8OfSerialized_RoundTrips()
    {
        var state = DialogState.Empty with
        {
            Language = "zh-Hant",
            Stack = [new DialogInstance("x") { StepIndex = 2, Values = new Dictionary<string, JsonElement> { ["n"] = DialogStateSerializer.ToElement(4.5m) } }],
        };

        var read = DialogStateSerializer.Deserialize(DialogStateSerializer.SerializeToUtf8Bytes(state));

        Assert.Equal(DialogStateSerializer.Serialize(state), DialogStateSerializer.Serialize(read));
        Assert.Equal(4.5m, read.Stack[0].Values!["n"].GetDecimal());
    }
}
