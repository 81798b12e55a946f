namespace TrialMatcher.Live;

/// <summary>
/// A 2xx response whose body could not be used (truncated or malformed JSON). Thrown inside an attempt by a
/// <see cref="ResilientRequest.ReadBody"/> callback, it makes the pipeline retry the same request.
/// </summary>
public sealed class InvalidResponseBodyException(string message, Exception? inner = null) : Exception(message, inner);
