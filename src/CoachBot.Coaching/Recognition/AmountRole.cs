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

    /// <summary>
    /// What the staffer may give, not what is asked ("my limit is 15%", "em được giảm tới 20%", "我的权限最多八五折"):
    /// a limit read as an ask made "$95 more, 104% off" of "make it 95, my limit is 15%".
    /// </summary>
    Limit,

    /// <summary>How full the hotel is, a word right after the percentage ("we're 95% full"): no discount.</summary>
    Occupancy,

    /// <summary>
    /// How full the hotel is, a word right before the percentage ("công suất 90%", "入住率95%"); kept apart from
    /// <see cref="Occupancy"/> because "full" before a percentage is a discount ("the full 20%").
    /// </summary>
    OccupancyRate,
}
