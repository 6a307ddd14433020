import { formatIssue, parseModelText } from '@chokepoint/core';
import { readInput } from '../io/read-input.ts';
import type { CommandResult } from './result.ts';

/** `chokepoint validate <file>`: every problem at once, one per line, on stderr; exit 1 when any. */
export function validateCommand(file: string, options: { maxBytes?: number }): CommandResult {
  const text = readInput(file, options);
  const label = file === '-' ? '<stdin>' : file;
  const result = parseModelText(text, options);
  if (result.ok) {
    const m = result.model;
    return {
      code: 0,
      stderr: [
        `${label}: valid chokepoint/v1 — "${m.name}", ${m.nodes.length} nodes, ${m.edges.length} edges`,
      ],
    };
  }
  const n = result.issues.length;
  return {
    code: 1,
    stderr: [
      ...result.issues.map((i) => formatIssue(i, label)),
      `${label}: ${n} problem${n === 1 ? '' : 's'}`,
    ],
  };
}
