// GEXF 1.3 (Gephi): declared attributes, entities as nodes, claims as directed edges.
import type { StoryExport } from '../types.ts';
import { storyGraph } from './story-graph.ts';
import { escapeXml } from './xml-escape.ts';

const NODE_ATTRIBUTES = [
  ['kind', 'string'],
  ['aliases', 'liststring'],
] as const;
const EDGE_ATTRIBUTES = [
  ['predicate', 'string'],
  ['status', 'string'],
  ['sources', 'integer'],
  ['negated', 'boolean'],
  ['modality', 'string'],
  ['fact', 'string'],
  ['factStatus', 'string'],
] as const;

export function toGexf(story: StoryExport): string {
  const { nodes, edges } = storyGraph(story);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>storygraph</creator></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...NODE_ATTRIBUTES.map(([name, type]) => `      <attribute id="${name}" title="${name}" type="${type}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_ATTRIBUTES.map(([name, type]) => `      <attribute id="${name}" title="${name}" type="${type}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const node of nodes) {
    lines.push(`      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}">`);
    lines.push('        <attvalues>');
    lines.push(`          <attvalue for="kind" value="${escapeXml(node.kind)}"/>`);
    // GEXF writes a liststring as [a|b]; names containing "|" would be split, which none of ours do.
    lines.push(`          <attvalue for="aliases" value="${escapeXml(`[${node.aliases.join('|')}]`)}"/>`);
    lines.push('        </attvalues>');
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of edges) {
    lines.push(
      `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" label="${escapeXml(edge.predicate)}" weight="${edge.sources}">`,
    );
    lines.push('        <attvalues>');
    for (const [name] of EDGE_ATTRIBUTES) lines.push(`          <attvalue for="${name}" value="${escapeXml(edge[name])}"/>`);
    lines.push('        </attvalues>');
    lines.push('      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
