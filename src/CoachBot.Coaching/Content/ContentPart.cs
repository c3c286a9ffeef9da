namespace CoachBot.Coaching.Content;

/// <summary>Which part of the coaching content an error is in (each part has its own loader and files).</summary>
public enum ContentPart
{
    /// <summary>The playbooks, <c>facts.yaml</c> and <c>sources.yaml</c>.</summary>
    Playbooks,

    /// <summary>The recogniser's <c>lexicon.yaml</c> and character table.</summary>
    Lexicon,

    /// <summary>The interface texts and command phrases, <c>texts.yaml</c>.</summary>
    Texts,

    /// <summary>The hotel policy file.</summary>
    Policy,

    /// <summary>The quiz questions (<c>quiz/*.yaml</c>).</summary>
    Quiz,

    /// <summary>The trainer role plays and their checks (<c>roleplay/*.yaml</c>).</summary>
    RolePlays,
}
