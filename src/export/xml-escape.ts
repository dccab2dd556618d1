// Text and attribute values for GraphML and GEXF. Characters XML 1.0 cannot hold at all (most
// control characters) are dropped rather than producing a file no parser opens. The ones it can
// hold but a terminal acts on (DEL, C1 controls, bidirectional controls) are written as character
// references, which parse back to the same characters, so an export printed to stdout is safe.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(value: string | number | boolean): string {
  return String(value)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c])
    .replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
}
