namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Turns raw phrase matches into meanings: a phrase inside a longer one gives way ("không hài lòng" is
/// displeasure, not "hài lòng" negated); a negation cue inside a phrase (or a neutral one) is part of it, not a negation; and a
/// cue negates a phrase that follows within the lexicon's window of words (or Han characters) unless a
/// clause break (punctuation or a word like "but", "nhưng", "但是") stands between them.
/// </summary>
internal static class MatchResolver
{
    public static ResolvedMatches Resolve(string text, List<KeywordMatch> matches, Lexicon lexicon)
    {
        var content = new List<(KeywordMatch Match, PhraseTarget Target)>();
        var cues = new List<KeywordMatch>();
        var breaks = new List<KeywordMatch>();
        var roles = new List<RoleCue>();
        var neutral = new List<KeywordMatch>();
        var markers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            foreach (var target in lexicon.Targets[match.Phrase])
            {
                switch (target.Kind)
                {
                    case TargetKind.Intent or TargetKind.Fact: content.Add((match, target)); break;
                    case TargetKind.Negation: cues.Add(match); break;
                    case TargetKind.ClauseBreak: breaks.Add(match); break;
                    case TargetKind.AmountRole: roles.Add(new RoleCue(match.Start, match.End, ParseRole(target.Name))); break;
                    case TargetKind.Neutral: neutral.Add(match); break;
                    default: markers[target.Name] = markers.GetValueOrDefault(target.Name) + target.Weight; break;
                }
            }
        }

        // An intent phrase gives way only to a longer intent phrase, a fact phrase to a longer fact phrase:
        // "đòi bồi thường" (complaint) must not hide "bồi thường" (demands_compensation).
        content.RemoveAll(c => content.Exists(o => o.Target.Kind == c.Target.Kind && o.Match.Contains(c.Match))
            || neutral.Exists(n => n.Start <= c.Match.Start && c.Match.End <= n.End && n.Length > c.Match.Length));
        // A cue inside a neutral phrase is no cue: 别 in 别家 ("another hotel") negates nothing.
        cues.RemoveAll(c => cues.Exists(o => o.Contains(c)) || content.Exists(o => Overlaps(o.Match, c))
            || neutral.Exists(n => n.Start <= c.Start && c.End <= n.End && n.Length > c.Length));
        roles.RemoveAll(r => roles.Exists(o => o.Start <= r.Start && r.End <= o.End && o.End - o.Start > r.End - r.Start));
        var hits = content
            .Select(c => new ContentHit(c.Match, c.Target, IsNegated(text, c.Match, cues, breaks, lexicon)))
            .ToList();
        return new ResolvedMatches(hits, roles, markers);
    }

    private static bool IsNegated(string text, KeywordMatch match, List<KeywordMatch> cues, List<KeywordMatch> breaks, Lexicon lexicon)
    {
        foreach (var cue in cues)
        {
            if (cue.End > match.Start || Units(text, cue.End, match.Start) > lexicon.NegationWindow)
            {
                continue;
            }

            var gap = text.AsSpan(cue.End, match.Start - cue.End);
            if (gap.IndexOfAny(lexicon.BreakPunctuation) >= 0)
            {
                continue;
            }

            if (!breaks.Exists(b => b.Start >= cue.End && b.End <= match.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words plus Han characters between two positions: the distance a negation may reach.</summary>
    internal static int Units(string text, int from, int to)
    {
        var units = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (CharClass.IsHan(c))
            {
                units++;
                inWord = false;
            }
            else if (CharClass.IsWordChar(c))
            {
                units += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return units;
    }

    private static bool Overlaps(KeywordMatch a, KeywordMatch b) => a.Start < b.End && b.Start < a.End;

    private static AmountRole ParseRole(string name) => name switch
    {
        "room_rate" => AmountRole.RoomRate,
        "ask" => AmountRole.Ask,
        "given" => AmountRole.Given,
        "target_price" => AmountRole.TargetPrice,
        "limit" => AmountRole.Limit,
        "occupancy" => AmountRole.Occupancy,
        "occupancy_rate" => AmountRole.OccupancyRate,
        _ => AmountRole.None,
    };
}
