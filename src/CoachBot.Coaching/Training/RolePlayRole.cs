namespace CoachBot.Coaching.Training;

/// <summary>Whom the bot plays in a role play, which decides how the trainee addresses them (a guest at the desk, a contact in a sale).</summary>
public enum RolePlayRole
{
    /// <summary>A hotel guest; the trainee is at the desk or on the floor.</summary>
    Guest,

    /// <summary>A prospect or client; the trainee is the sales rep.</summary>
    Prospect,
}
