// The graph's look as data. Behaviour lives elsewhere; this file only says what things look like.
import type { StylesheetJson } from 'cytoscape';
import { LOOP_DIRECTIONS } from './elements.ts';
import { KIND_LOOK, STATUS_LOOK } from './kinds.ts';

const kindRules = Object.entries(KIND_LOOK).map(([kind, look]) => ({
  selector: `node[kind = "${kind}"]`,
  style: { 'background-color': look.color, shape: look.shape },
}));

/** Each loop class its own direction around the node, a narrow sweep so neighbours do not touch. */
function loopRules(): StylesheetJson {
  return Array.from({ length: LOOP_DIRECTIONS }, (_, i) => ({
    selector: `edge.loop-${i}`,
    style: { 'loop-direction': `${-45 + (360 / LOOP_DIRECTIONS) * i}deg`, 'loop-sweep': '-35deg' },
  }));
}

const statusRules = Object.entries(STATUS_LOOK).map(([status, look]) => ({
  selector: `edge[status = "${status}"]`,
  style: {
    'line-color': look.color,
    'target-arrow-color': look.color,
    width: look.width,
    'line-style': look.lineStyle,
    // Contradictions on top of unique claims on top of corroborated ones.
    'z-index': status === 'contradicted' ? 30 : status === 'unique' ? 20 : 10,
  },
}));

export const stylesheet = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 'data(size)',
      height: 'data(size)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      color: '#222',
      'text-outline-color': '#fff',
      'text-outline-width': 2,
      // Labels disappear when zoomed out far enough to be unreadable; this keeps big graphs fast.
      'min-zoomed-font-size': 7,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...kindRules,
  { selector: 'node.prominent', style: { 'font-size': 13, 'font-weight': 'bold', 'min-zoomed-font-size': 0 } },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'font-size': 9,
      color: '#444',
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
      'loop-direction': '-45deg',
      'loop-sweep': '-60deg',
    },
  },
  ...loopRules(),
  ...statusRules,
  { selector: '.filtered-out', style: { display: 'none' } },
  // A label that would cover another (label-collisions.ts) waits for hover, selection or room.
  { selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
  { selector: 'node.label-hidden.hover, node.label-hidden:selected', style: { 'text-opacity': 1, 'z-index': 20 } },
  // A claim's words would cross every other line: they show on hover, on selection and for a query's hits.
  { selector: 'edge', style: { 'text-opacity': 0 } },
  { selector: 'edge.hover, edge:selected, edge.query-hit', style: { 'text-opacity': 1, 'z-index': 20 } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1f5fbf' } },
  { selector: 'edge:selected', style: { 'underlay-color': '#1f5fbf', 'underlay-opacity': 0.35, 'underlay-padding': 4 } },
  { selector: '.query-hit', style: { 'underlay-color': '#7b2cbf', 'underlay-opacity': 0.4, 'underlay-padding': 6 } },
  {
    selector: '.query-extra',
    style: { 'background-color': '#7b2cbf', 'line-color': '#7b2cbf', 'target-arrow-color': '#7b2cbf', shape: 'round-rectangle' },
  },
] as StylesheetJson;
