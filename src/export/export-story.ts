// One entry point per format, so the CLI and the server pick by name.
import { printableJson } from '../terminal-text.ts';
import type { StoryExport } from '../types.ts';
import { toCytoscape } from './cytoscape.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'cytoscape'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * The story in `format`, as the text to write. `json` is the StoryExport contract itself. Every
 * format may go to a terminal (stdout), so each escapes the characters a terminal would act on, in
 * its own lossless way (JSON `\u` escapes here, XML character references in escapeXml).
 */
export function exportStory(story: StoryExport, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return `${printableJson(JSON.stringify(story, null, 2))}\n`;
    case 'graphml':
      return toGraphml(story);
    case 'gexf':
      return toGexf(story);
    case 'cytoscape':
      return `${printableJson(JSON.stringify(toCytoscape(story), null, 2))}\n`;
  }
}
