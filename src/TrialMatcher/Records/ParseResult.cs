namespace TrialMatcher.Records;

/// <summary>Either a value or a message saying what was expected and what was found. Expected failures are values, not exceptions.</summary>
public readonly record struct ParseResult<T>(T? Value, string? Error)
{
    public bool Success => Error is null;
    public static ParseResult<T> Ok(T value) => new(value, null);
    public static ParseResult<T> Fail(string error) => new(default, error);
}
