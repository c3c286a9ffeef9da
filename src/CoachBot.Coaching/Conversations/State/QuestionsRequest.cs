namespace CoachBot.Coaching.Conversations;

/// <summary>What <see cref="FactQuestionsDialog"/> begins with: the playbook domain, the facts known, and how many questions it may ask.</summary>
internal sealed record QuestionsRequest(string Domain, FactSnapshot Facts, int MaxQuestions);
