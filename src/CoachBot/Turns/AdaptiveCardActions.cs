using System.Text.Json.Nodes;
using CoachBot.Dialogs;

namespace CoachBot.Turns;

/// <summary>
/// The one action row of a reply's card: its choices, then "More" and the form, each an Action.ShowCard that
/// opens in place. A choice that refreshes its card is an Action.Execute (Teams sends an <c>adaptiveCard/action</c>
/// invoke and puts the card of the answer in place of this one) with an Action.Submit fallback, so a client
/// without Universal Actions sends a message instead and gets the answer as a new card.
/// </summary>
internal static class AdaptiveCardActions
{
    /// <summary>Teams shows at most this many buttons in a row; the rest must go to its "…" overflow menu.</summary>
    public const int MaxPrimaryActions = 6;

    /// <summary>The verb of every refreshing Action.Execute; the choice's value says what to refine.</summary>
    public const string RefineVerb = "refine";

    public static JsonArray Build(Reply reply)
    {
        var actions = new JsonArray();
        var more = reply.Card?.More;
        var form = reply.Card?.Form;

        // More and the form stay on the row; choices past the row's room go to the overflow menu rather than
        // being dropped, which is what Teams does with a seventh primary action.
        var room = MaxPrimaryActions - (more is null ? 0 : 1) - (form is null ? 0 : 1);
        for (var i = 0; i < reply.Choices.Count; i++)
        {
            actions.Add(Choice(reply.Choices[i], secondary: i >= room));
        }

        if (more is not null)
        {
            var body = new JsonArray();
            foreach (var section in more.Sections)
            {
                body.Add(AdaptiveCardBuilder.Section(section));
            }

            actions.Add(ShowCard(more.Title, new JsonObject { ["type"] = "AdaptiveCard", ["body"] = body }));
        }

        if (form is not null)
        {
            actions.Add(ShowCard(form.Title, Form(form)));
        }

        return actions;
    }

    /// <summary>A button whose data is <c>{"choice": value}</c>, which the dialogs read like a typed answer.</summary>
    private static JsonObject Choice(Choice choice, bool secondary = false)
    {
        var submit = new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = choice.Title,
            ["data"] = new JsonObject { ["choice"] = choice.Value },
        };
        if (secondary)
        {
            submit["mode"] = "secondary";
        }

        if (!choice.Refreshes)
        {
            return submit;
        }

        var execute = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = choice.Title,
            ["verb"] = RefineVerb,
            ["data"] = new JsonObject { ["choice"] = choice.Value },
            ["fallback"] = submit,
        };
        if (secondary)
        {
            execute["mode"] = "secondary";
        }

        return execute;
    }

    private static JsonObject ShowCard(string title, JsonObject card) =>
        new() { ["type"] = "Action.ShowCard", ["title"] = title, ["card"] = card };

    /// <summary>One text input per field and the submit button; Teams merges the inputs into the button's data.</summary>
    private static JsonObject Form(ReplyForm form)
    {
        var body = new JsonArray();
        foreach (var input in form.Inputs)
        {
            var field = new JsonObject { ["type"] = "Input.Text", ["id"] = input.Id, ["label"] = input.Label };
            if (input.Placeholder is { Length: > 0 } placeholder)
            {
                field["placeholder"] = placeholder;
            }

            body.Add(field);
        }

        return new JsonObject { ["type"] = "AdaptiveCard", ["body"] = body, ["actions"] = new JsonArray { Choice(form.Submit) } };
    }
}
