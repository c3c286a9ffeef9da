using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace CoachBot.Tests.Support.Fuzz;

/// <summary>Counts what a fuzz run got back, per status and per input category, and keeps a few examples of each failure.</summary>
public sealed class FuzzReport
{
    private const int ExamplesPerFailure = 3;

    private readonly ConcurrentDictionary<string, int> _statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _categories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _failures = new(StringComparer.Ordinal);
    private int _sent;

    public int Sent => Volatile.Read(ref _sent);

    /// <summary>Requests answered with a 5xx that is not the protocol's 501, or not answered at all.</summary>
    public int FailureCount => _statuses.Where(s => IsFailure(s.Key)).Sum(s => s.Value);

    /// <summary>Records one answer; <paramref name="outcome"/> is the status code, or a word when there was no answer.</summary>
    public void Record(FuzzRequest request, string outcome, string? answer)
    {
        Interlocked.Increment(ref _sent);
        var status = outcome == "501" && request.IsUnhandledInvoke ? "501 (unhandled invoke name)" : outcome;
        _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        _categories.AddOrUpdate($"{request.Category} -> {status}", 1, (_, n) => n + 1);
        if (IsFailure(status))
        {
            var examples = _failures.GetOrAdd($"{request.Category} -> {status}", _ => new ConcurrentQueue<string>());
            if (examples.Count < ExamplesPerFailure)
            {
                examples.Enqueue($"request: {Show(request.Body, 400)}\n      answer: {Show(Encoding.UTF8.GetBytes(answer ?? string.Empty), 300)}");
            }
        }
    }

    public string Summary(int seed)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"fuzz seed {seed} (rerun with COACHBOT_FUZZ_SEED={seed}); {Sent} requests\n");
        text.Append("answers per status:\n");
        foreach (var (status, count) in _statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {status,-28} {count,7}\n");
        }

        text.Append("answers per input category:\n");
        foreach (var (category, count) in _categories.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {category,-44} {count,7}\n");
        }

        foreach (var (failure, examples) in _failures.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"FAILURE {failure}, for example:\n");
            foreach (var example in examples)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {example}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>A 5xx (other than 501 for an invoke name the bot does not handle), or no answer at all.</summary>
    private static bool IsFailure(string status) =>
        status.StartsWith('5') && !status.StartsWith("501 (", StringComparison.Ordinal) || status == "no answer";

    /// <summary>The bytes as text, invalid UTF-8 as \xNN and control characters escaped, shortened to <paramref name="max"/>.</summary>
    private static string Show(byte[] bytes, int max)
    {
        var text = new StringBuilder();
        var span = bytes.AsSpan();
        while (!span.IsEmpty && text.Length < max)
        {
            if (System.Text.Rune.DecodeFromUtf8(span, out var rune, out var used) == System.Buffers.OperationStatus.Done)
            {
                text.Append(Rune.IsControl(rune) || rune.Value is 0x2028 or 0x2029 ? $"\\u{rune.Value:X4}" : rune.ToString());
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"\\x{span[0]:X2}");
                used = 1;
            }

            span = span[used..];
        }

        return span.IsEmpty ? text.ToString() : $"{text}… ({bytes.Length} bytes)";
    }
}
