namespace CoachBot.Coaching.Phrasing;

/// <summary>Why a rephrased text was discarded (and the rules' text sent instead); each is counted.</summary>
public enum GuardReason
{
    /// <summary>Kept: every fact is there and nothing was added.</summary>
    None,

    /// <summary>Nothing came back.</summary>
    Empty,

    /// <summary>Much longer than the rules' text: a rephrase shortens, it does not add.</summary>
    TooLong,

    /// <summary>A number, amount or percentage of the rules' text is missing or changed.</summary>
    FigureDropped,

    /// <summary>A number, amount or percentage that is not in the rules' text.</summary>
    FigureAdded,

    /// <summary>The same figures in another order: they may have swapped roles (10 vouchers for 20 guests).</summary>
    FigureMoved,

    /// <summary>An inventory id of the rules' text is missing.</summary>
    SourceDropped,

    /// <summary>An inventory id the rules' text does not cite.</summary>
    SourceAdded,

    /// <summary>Fewer negations than the rules' text: "do not move the guest" must not become "move the guest".</summary>
    NegationDropped,

    /// <summary>Markup, a link, an address, or letters from another script inside a word: nothing a rephrase needs.</summary>
    Markup,

    /// <summary>A roster name of the rules' text is missing.</summary>
    NameDropped,

    /// <summary>A roster name that is not in the rules' text.</summary>
    NameAdded,

    /// <summary>A promise (compensation, a refund, something free, a guarantee) the rules did not make.</summary>
    PromiseAdded,

    /// <summary>A policy word from the configured list that the rules' text does not use.</summary>
    PolicyWordAdded,

    /// <summary>Not in the user's language (or script).</summary>
    WrongLanguage,
}
