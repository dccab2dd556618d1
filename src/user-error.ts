/** An error caused by the user's input or settings: printed as one line, exit code 1, no stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}
