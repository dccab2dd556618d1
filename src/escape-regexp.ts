// Text to be matched literally inside a regular expression: its special characters escaped.
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
