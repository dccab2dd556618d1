// GraphML (yEd, Gephi, NetworkX): typed keys declared once, then entities and claims.
import type { StoryExport } from '../types.ts';
import { storyGraph } from './story-graph.ts';
import { escapeXml } from './xml-escape.ts';

const NODE_KEYS = [
  ['label', 'string'],
  ['kind', 'string'],
  ['aliases', 'string'],
] as const;
const EDGE_KEYS = [
  ['predicate', 'string'],
  ['status', 'string'],
  ['sources', 'int'],
  ['negated', 'boolean'],
  ['modality', 'string'],
  ['fact', 'string'],
  ['factStatus', 'string'],
] as const;

export function toGraphml(story: StoryExport): string {
  const { nodes, edges } = storyGraph(story);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    ...EDGE_KEYS.map(([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="story" edgedefault="directed">',
  ];
  for (const node of nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    lines.push(`      <data key="n_label">${escapeXml(node.label)}</data>`);
    lines.push(`      <data key="n_kind">${escapeXml(node.kind)}</data>`);
    // GraphML has no list type; aliases are joined with " | ", a separator names do not contain.
    lines.push(`      <data key="n_aliases">${escapeXml(node.aliases.join(' | '))}</data>`);
    lines.push('    </node>');
  }
  for (const edge of edges) {
    lines.push(`    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`);
    for (const [name] of EDGE_KEYS) lines.push(`      <data key="e_${name}">${escapeXml(edge[name])}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
