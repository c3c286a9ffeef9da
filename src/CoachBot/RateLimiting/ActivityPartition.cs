using System.Text.Json;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Teams;

namespace CoachBot.RateLimiting;

/// <summary>
/// Whose allowance an activity spends: the sender's, per tenant, never the conversation's, so fifty people
/// answering a quiz in one channel each spend their own.
/// </summary>
internal readonly record struct ActivityPartition(ActivityBucket Bucket, string TenantId, string UserId)
{
    public static ActivityPartition Of(Activity activity) =>
        new(BucketOf(activity), activity.GetTenantId() ?? string.Empty, UserOf(activity));

    private static ActivityBucket BucketOf(Activity activity) =>
        activity.IsType(ActivityTypes.Message) && !IsCardSubmit(activity) ? ActivityBucket.Messages : ActivityBucket.Interactions;

    private static bool IsCardSubmit(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.Text)
        && activity.Value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) };

    // The Entra object id names the person in every conversation and client; the channel id is the fallback.
    private static string UserOf(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.From?.AadObjectId) ? activity.From?.Id ?? string.Empty : activity.From.AadObjectId;
}
