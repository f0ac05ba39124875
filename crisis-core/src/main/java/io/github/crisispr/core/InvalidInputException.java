package io.github.crisispr.core;

import org.jspecify.annotations.Nullable;

/**
 * Input that breaks the contract: a missing or malformed field, an unknown id or enum value, a
 * value out of range. The exception names the field (as a JSON path such as {@code reach.views})
 * and, when the input came from a stream of lines, the 1-based line number.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public class InvalidInputException extends CrisisException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final int line;
  private final String reason;

  /**
   * Creates the exception for a field.
   *
   * @param field the field or parameter at fault, as a path ({@code reach.views}) or a name
   * @param message what is wrong with it; never contains personal data
   */
  public InvalidInputException(String field, String message) {
    this(field, 0, message, null);
  }

  /**
   * Creates the exception for a field, with a line number and a cause.
   *
   * @param field the field or parameter at fault
   * @param line the 1-based line of the input, or 0 when the input is not line based
   * @param message what is wrong with it; never contains personal data
   * @param cause the underlying failure, may be {@code null}
   */
  public InvalidInputException(String field, int line, String message, @Nullable Throwable cause) {
    super(compose(field, line, message), cause);
    this.field = field;
    this.line = line;
    this.reason = message;
  }

  private static String compose(String field, int line, String message) {
    String where = line > 0 ? "line " + line + ", " : "";
    return where + "field '" + field + "': " + message;
  }

  /**
   * The field or parameter at fault.
   *
   * @return a JSON path such as {@code reach.views}, or a parameter name
   */
  public String field() {
    return field;
  }

  /**
   * The 1-based line of the input, or 0 when the input was not line based.
   *
   * @return the line number or 0
   */
  public int line() {
    return line;
  }

  /**
   * What is wrong with the field, without the location prefix.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the same failure located at a line of a stream.
   *
   * @param lineNumber the 1-based line number
   * @return a new exception with the line number set
   */
  public InvalidInputException atLine(int lineNumber) {
    return new InvalidInputException(field, lineNumber, reason, this);
  }
}
