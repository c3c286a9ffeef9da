using CoachBot.Cards;
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

    public static List<object> Build(Reply reply)
    {
        var more = reply.Card?.More;
        var form = reply.Card?.Form;
        var actions = new List<object>(reply.Choices.Count + 2);

        // More and the form stay on the row; choices past the row's room go to the overflow menu rather than
        // being dropped, which is what Teams does with a seventh primary action.
        var room = MaxPrimaryActions - (more is null ? 0 : 1) - (form is null ? 0 : 1);
        for (var i = 0; i < reply.Choices.Count; i++)
        {
            actions.Add(Choice(reply.Choices[i], secondary: i >= room));
        }

        if (more is not null)
        {
            actions.Add(new ShowCardAction(more.Title, new AdaptiveCard([.. more.Sections.Select(AdaptiveCardBuilder.Section)])));
        }

        if (form is not null)
        {
            actions.Add(new ShowCardAction(form.Title, Form(form)));
        }

        return actions;
    }

    /// <summary>A button whose data is <c>{"choice": value}</c>, which the dialogs read like a typed answer.</summary>
    private static object Choice(Choice choice, bool secondary = false)
    {
        var mode = secondary ? "secondary" : null;
        var submit = new SubmitAction(choice.Title, new ChoiceData(choice.Value)) { Mode = mode };
        return choice.Refreshes
            ? new ExecuteAction(choice.Title, RefineVerb, submit.Data, submit) { Mode = mode }
            : submit;
    }

    /// <summary>One text input per field and the submit button; Teams merges the inputs into the button's data.</summary>
    private static AdaptiveCard Form(ReplyForm form) =>
        new([.. form.Inputs.Select(input => new InputText(input.Id, input.Label) { Placeholder = input.Placeholder is { Length: > 0 } p ? p : null })])
        {
            Actions = [Choice(form.Submit)],
        };
}
