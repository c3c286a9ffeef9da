using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Answers "my notes" and "my notes on {prospect}": the rep's own saved call notes, newest first, each with the next
/// step recorded. Only the asker's notes, and only in their 1:1 chat: a channel would show them to the whole team.
/// </summary>
internal sealed class NotesLister(CoachingServices services)
{
    private readonly NotesCardBuilder _cards = new(services);

    public async Task ListAsync(DialogContext dc, CommandMatch command, CancellationToken cancellationToken)
    {
        // The phrase's language is surer than the detector's for "ghi chu ve …" typed without marks.
        dc.SetMessageLanguage(command.Language);
        var prospect = command.Argument;
        if (dc.Turn.ConversationType != ConversationTypes.Personal)
        {
            await dc.SendAsync(NotesTexts.PersonalOnly, cancellationToken).ConfigureAwait(false);
            return;
        }

        var userId = dc.Turn.UserId;
        var now = services.Now;
        var saved = await services.Options.CallNotes.ReadAsync(userId, cancellationToken).ConfigureAwait(false);

        // The reader is asked for this rep's notes; the author written into each note is checked again, so a store that
        // answered with someone else's can never show them. Saved order breaks ties of time, newest first.
        var notes = saved
            .Where(n => (n.AuthorId is null || n.AuthorId == userId) && n.ExpiresAt > now)
            .Where(n => prospect is null || SameProspect(n.Prospect, prospect))
            .Reverse()
            .OrderByDescending(n => n.RecordedAt ?? n.ExpiresAt.AddDays(-n.RetentionDays))
            .ToList();
        await dc.SendAsync(_cards.Build(notes, prospect, dc.Language), cancellationToken).ConfigureAwait(false);
    }

    // Case, Vietnamese marks and traditional / simplified characters do not matter, and a part of the name is enough
    // ("Keller" finds "Keller Logistics"; "công ty ABC" finds "ABC"): whole words in Latin script ("An" is not in
    // "Tan Phat"), any run of characters in Chinese, which has no spaces.
    private bool SameProspect(string? saved, string asked)
    {
        if (saved is null)
        {
            return false;
        }

        var a = Words(services.Recogniser.Fold(saved));
        var b = Words(services.Recogniser.Fold(asked));
        return a.Length > 2 && b.Length > 2 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    // " keller logistics ": words between single spaces, punctuation as a space, each Han character a word of its own.
    private static string Words(string folded)
    {
        var builder = new System.Text.StringBuilder(" ");
        foreach (var c in folded)
        {
            if (c is >= '\u4e00' and <= '\u9fff')
            {
                builder.Append(builder[^1] == ' ' ? string.Empty : " ").Append(c).Append(' ');
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder[^1] == ' ' ? builder.ToString() : builder.Append(' ').ToString();
    }
}
