// One entry point per format, so the CLI and the server pick by name.
import type { StoryExport } from '../types.ts';
import { toCytoscape } from './cytoscape.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'cytoscape'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The story in `format`, as the text to write. `json` is the StoryExport contract itself. */
export function exportStory(story: StoryExport, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(story, null, 2)}\n`;
    case 'graphml':
      return toGraphml(story);
    case 'gexf':
      return toGexf(story);
    case 'cytoscape':
      return `${JSON.stringify(toCytoscape(story), null, 2)}\n`;
  }
}
