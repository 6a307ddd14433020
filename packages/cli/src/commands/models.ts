/**
 * `chokepoint models`: the embedded models
 * ========================================
 *
 * Without an id: one row per model (id, name, year, unit, nodes, edges) and the ids of the sources it
 * cites. With an id: that model's scenarios (ids to pass to `--scenario`), its country groups (for
 * `--allow-groups`) and its bibliography in full. `--json` prints the same as data.
 */
import { DEFAULT_MODEL_ID, listModels, type ModelSummary, modelIds } from '@chokepoint/core';
import { plural } from '../format/plural.ts';
import type { CommandResult } from './result.ts';

export function modelsCommand(id: string | undefined, options: { json?: boolean }): CommandResult {
  const all = listModels();
  if (id !== undefined) {
    const one = all.find((m) => m.id === id);
    if (!one) {
      return { code: 1, stderr: [`chokepoint: unknown model "${id}" (available: ${modelIds().join(', ')})`] };
    }
    return { code: 0, stdout: options.json ? JSON.stringify(one, null, 2) : bibliography(one) };
  }
  if (options.json) return { code: 0, stdout: JSON.stringify(all, null, 2) };
  return { code: 0, stdout: table(all) };
}

function table(models: ModelSummary[]): string {
  const rows = models.map((m) => [
    m.id === DEFAULT_MODEL_ID ? `${m.id} (default)` : m.id,
    m.name,
    m.year === undefined ? '' : String(m.year),
    m.unit,
    String(m.nodeCount),
    String(m.edgeCount),
  ]);
  const header = ['id', 'name', 'year', 'unit', 'nodes', 'edges'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const numeric = new Set([4, 5]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(header)];
  models.forEach((m, i) => {
    out.push(line(rows[i]!));
    out.push(`    sources: ${m.references.map((r) => r.id).join(', ')}`);
  });
  out.push('', 'Open one with `chokepoint models <id>` for its full list of sources.');
  return out.join('\n');
}

function bibliography(m: ModelSummary): string {
  const width = Math.max(0, ...m.scenarios.map((x) => x.id.length), ...m.groups.map((x) => x.id.length));
  const out = [
    `${m.name} (${m.id}${m.id === DEFAULT_MODEL_ID ? ', the default' : ''})`,
    `${m.year ?? 'no year'}; ${m.unit}; ${plural(m.nodeCount, 'node')}, ${plural(m.edgeCount, 'edge')}`,
    '',
    `Scenarios (chokepoint analyze ${m.id} --scenario <id>):`,
    ...(m.scenarios.length
      ? m.scenarios.map(
          (sc) =>
            `  ${sc.id.padEnd(width)}  ${sc.label}${sc.date ? ` (${sc.date})` : ''}; ${plural(sc.perturbations, 'perturbation')}`,
        )
      : ['  none']),
    '',
    'Country groups (--allow-groups <id>):',
    ...(m.groups.length
      ? m.groups.map((g) => `  ${g.id.padEnd(width)}  ${g.label}: ${g.countries.join(', ')}`)
      : ['  none']),
    '',
    'Sources:',
  ];
  for (const r of m.references) {
    const meta = [r.publisher, r.year, r.license].filter((x) => x !== undefined).join(', ');
    out.push(`  [${r.id}] ${r.title}${meta ? ` (${meta})` : ''}${r.url ? `\n      ${r.url}` : ''}`);
  }
  return out.join('\n');
}
