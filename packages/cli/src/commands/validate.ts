/**
 * `chokepoint validate <model>`
 * =============================
 *
 * Every problem at once, one per line, on stderr; exit 1 when any. Reads what every other command
 * reads: chokepoint/v1, graphology JSON, GEXF, GraphML (the tool's own exports and other tools'),
 * a CSV directory or pair, standard input or an embedded id. Warnings (a unit the file does not
 * state, fields no analysis uses yet) are said but are not problems.
 */
import { FORMAT_NAMES, formatIssue, unusedFields, unusedFieldsNotice } from '@chokepoint/core';
import { plural } from '../format/plural.ts';
import { locateSource, readSource } from '../io/model-source.ts';
import type { CommandResult } from './result.ts';

export interface ValidateOptions {
  maxBytes?: number;
  unit?: string;
}

export function validateCommand(arg: string, options: ValidateOptions): CommandResult {
  const { result, label } = readSource(locateSource(arg), options);
  const warnings = (result.warnings ?? []).map((w) => `warning: ${label}: ${w}`);
  if (result.ok) {
    const m = result.model;
    const as =
      result.format === 'chokepoint'
        ? 'chokepoint/v1'
        : `${result.format === undefined ? 'CSV' : FORMAT_NAMES[result.format]} (read as chokepoint/v1)`;
    const unused = unusedFieldsNotice(unusedFields(m));
    return {
      code: 0,
      stderr: [
        ...warnings,
        ...(unused ? [`note: ${label}: ${unused}`] : []),
        `${label}: valid ${as} — "${m.name}", ${plural(m.nodes.length, 'node')}, ${plural(m.edges.length, 'edge')}`,
      ],
    };
  }
  const n = result.issues.length;
  return {
    code: 1,
    stderr: [
      ...result.issues.map((i) => formatIssue(i, label)),
      ...warnings,
      `${label}: ${plural(n, 'problem')}`,
    ],
  };
}
