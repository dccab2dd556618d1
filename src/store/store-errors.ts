// Driver errors carry multi-line messages (the embedded parser draws a caret under the query);
// a user error is one line.
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').map((line) => line.trim()).find((line) => line.length > 0) ?? 'unknown error';
}
