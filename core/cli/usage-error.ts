/** A mistake in how the command was called: exit status 2, with the usage line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
