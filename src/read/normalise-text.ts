// The one text normalisation every article gets. It is deliberately small: spans produced by later
// stages index into the normalised text, so anything more (trimming, collapsing spaces) would be a
// silent rewrite of what the source said.

const BYTE_ORDER_MARK = /^\uFEFF/;
const LINE_BREAKS = /\r\n?|\u2028|\u2029/g;

export function normaliseText(text: string): string {
  return text.replace(BYTE_ORDER_MARK, '').replace(LINE_BREAKS, '\n').normalize('NFC');
}

export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}
