// Text and attribute values for GraphML and GEXF. Characters XML 1.0 cannot hold at all (most
// control characters) are dropped rather than producing a file no parser opens.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(value: string | number | boolean): string {
  return String(value)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
