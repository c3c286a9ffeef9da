using System.Text.Json.Nodes;
using CoachBot.Cards;
using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Teams;

namespace CoachBot.Turns;

/// <summary>
/// Turns the dialogs' channel-neutral replies into Teams message activities: plain text when that is
/// all there is, an Adaptive Card when there are buttons or sections, citations as the schema.org
/// Message entity Teams renders, and the feedback buttons when asked for.
/// </summary>
internal static class ReplyRenderer
{
    private const int MaxCitations = 20;
    private const string MessageEntityType = "https://schema.org/Message";
    private const string AiGeneratedType = "AIGeneratedContent";

    public static Activity Render(Activity incoming, Reply reply)
    {
        var activity = incoming.CreateReply();
        var citations = reply.Citations.Take(MaxCitations).ToList();
        var text = WithCitationMarkers(reply.Text, citations);

        if (reply.Card is not null || reply.Choices.Count > 0)
        {
            var fallback = ReplyPlainText.Of(reply, text);
            activity.Summary = reply.Text;
            activity.Attachments = [new Attachment
            {
                ContentType = Attachment.AdaptiveCardContentType,
                Content = AdaptiveCardBuilder.Build(reply with { Text = text }, fallback),
            }];
        }
        else
        {
            activity.Text = text;
            activity.TextFormat = "markdown";
        }

        // One root Message entity for both the citations and the AI label: Teams refuses a message with two.
        if (citations.Count > 0 || reply.AiGenerated)
        {
            activity.Entities = [MessageEntity(citations, reply.AiGenerated)];
        }

        if (reply.FeedbackEnabled)
        {
            activity.ChannelData = new JsonObject { ["feedbackLoopEnabled"] = true };
        }

        return activity;
    }

    /// <summary>
    /// The card of <paramref name="reply"/> alone, to take the place of the card whose refreshing button was pressed
    /// (the answer to an Action.Execute). An invoke response carries no entities, so the text has no [n] markers: they
    /// would point at the old message's citations, which need not be this reply's.
    /// </summary>
    public static AdaptiveCard RefreshedCard(Reply reply) => AdaptiveCardBuilder.Build(reply, ReplyPlainText.Of(reply, reply.Text));

    /// <summary>
    /// Labels a rendered message "AI generated": on its one schema.org Message entity, next to the citations it may
    /// carry, or on a new one (Teams refuses a message with two).
    /// </summary>
    public static void LabelAiGenerated(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var entities = activity.Entities?.ToList() ?? [];
        if (entities.Find(e => e.Type == MessageEntityType) is { } message)
        {
            message.Properties ??= [];
            message.Properties["additionalType"] = System.Text.Json.JsonSerializer.SerializeToElement<string[]>([AiGeneratedType], ProtocolJson.Options);
        }
        else
        {
            entities.Add(MessageEntity([], aiGenerated: true));
        }

        activity.Entities = entities;
    }

    private static string WithCitationMarkers(string text, List<Citation> citations)
    {
        if (citations.Count == 0)
        {
            return text;
        }

        var markers = string.Concat(Enumerable.Range(1, citations.Count).Select(n => $"[{n}]"));
        return $"{text} {markers}";
    }

    private static Entity MessageEntity(List<Citation> citations, bool aiGenerated)
    {
        var claims = new CitationClaim[citations.Count];
        for (var i = 0; i < citations.Count; i++)
        {
            var citation = citations[i];
            var summary = citation.Abstract ?? citation.Section;
            claims[i] = new CitationClaim(i + 1, new CitationAppearance(
                Truncate($"{citation.Id} {citation.Title}", 80),
                [citation.Id],
                summary is { Length: > 0 } ? Truncate(summary, 160) : null));
        }

        return Entity.Create(
            MessageEntityType,
            new CitationMessage(claims.Length > 0 ? claims : null) { AdditionalType = aiGenerated ? [AiGeneratedType] : null });
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
