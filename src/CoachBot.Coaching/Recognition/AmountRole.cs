namespace CoachBot.Coaching.Recognition;

/// <summary>What an amount refers to, read from the words around it.</summary>
public enum AmountRole
{
    /// <summary>No cue nearby.</summary>
    None,

    /// <summary>The room rate or list price ("rate is 120", "giá phòng 1tr2", "房价一千二").</summary>
    RoomRate,

    /// <summary>What the guest or client asks for ("wants $5 more off", "đòi giảm thêm", "还要再便宜").</summary>
    Ask,

    /// <summary>A discount already given ("after 10%", "đã giảm", "已经打了九折").</summary>
    Given,

    /// <summary>The price the guest wants to pay, not an amount off ("wants it for 80", "chỉ chịu trả", "只肯付").</summary>
    TargetPrice,
}
