/**
 * Ad-hoc scenarios from command-line flags
 * ========================================
 *
 * `--export-control CN [--stages a,b] [--allow IN,JP] [--allow-groups msp] [--commodities x]`,
 * `--outage ID`, `--capacity ID=FACTOR`, `--demand ID=FACTOR`, each repeatable and combinable, become
 * one chokepoint/v1 scenario, checked against the model like a scenario in the file (plus: an export
 * control by a country with no node in the model is refused as a likely typo). `--stages`, `--allow`,
 * `--allow-groups` and `--commodities` apply to every `--export-control` given; different restrictions
 * per country need a scenario in the model file or a sweep file. Problems name the flag that caused
 * them; unknown node ids come with the closest ids of the model.
 */
import {
  describePerturbation,
  type Model,
  type Perturbation,
  type Scenario,
  scenarioIssues,
} from '@chokepoint/core';
import { InvalidArgumentError, Option } from 'commander';
import { UsageError, UserError } from '../io/read-input.ts';
import { closest } from './closest.ts';

export interface PerturbationFlags {
  exportControl?: string[];
  stages?: string[];
  allow?: string[];
  allowGroups?: string[];
  commodities?: string[];
  outage?: string[];
  capacity?: { node: string; factor: number }[];
  demand?: { node: string; factor: number }[];
}

/** Commander parser for repeatable `ID=FACTOR` values. */
export function nodeFactor(value: string, previous: { node: string; factor: number }[] = []) {
  const at = value.lastIndexOf('=');
  const node = value.slice(0, at).trim();
  const factor = Number(value.slice(at + 1));
  if (at <= 0 || value.slice(at + 1).trim() === '' || !Number.isFinite(factor) || factor < 0) {
    throw new InvalidArgumentError(`expected NODE=FACTOR with a factor ≥ 0 (e.g. us-mine=2), got "${value}"`);
  }
  return [...previous, { node, factor }];
}

/** Commander parser for repeatable values, comma lists allowed (`--outage a,b --outage c`). */
export function list(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

export function hasPerturbations(flags: PerturbationFlags): boolean {
  return Boolean(
    flags.exportControl?.length || flags.outage?.length || flags.capacity?.length || flags.demand?.length,
  );
}

/**
 * The scenario the flags describe, on top of `base` (a scenario of the model, or none); null when
 * there are no flags and no base. Throws UserError (exit 1) naming each flag whose value does not fit
 * the model, UsageError (exit 2) for restrictions given without an export control.
 */
export function scenarioFromFlags(model: Model, flags: PerturbationFlags, base?: Scenario): Scenario | null {
  checkRestrictions(flags);
  const given: { p: Perturbation; flag: string }[] = [];
  for (const country of flags.exportControl ?? []) {
    const p: Perturbation = { type: 'export-control', country: country.toUpperCase() };
    if (flags.stages?.length) p.stages = flags.stages;
    if (flags.allow?.length) p.allow = flags.allow.map((c) => c.toUpperCase());
    if (flags.allowGroups?.length) p.allowGroups = flags.allowGroups;
    if (flags.commodities?.length) p.commodities = flags.commodities;
    given.push({ p, flag: `--export-control ${country}` });
  }
  for (const node of flags.outage ?? [])
    given.push({ p: { type: 'outage', node }, flag: `--outage ${node}` });
  for (const type of ['capacity', 'demand'] as const) {
    for (const { node, factor } of flags[type] ?? []) {
      given.push({ p: { type, node, factor }, flag: `--${type} ${node}=${factor}` });
    }
  }
  if (given.length === 0) return base ?? null;

  const problems = scenarioIssues(model, { id: 'ad-hoc', perturbations: given.map((g) => g.p) }).map(
    (issue) => {
      const [, j, field, k] = issue.path;
      const g = given[j as number];
      if (!g) return issue.message;
      if (field === 'stages' || field === 'allow' || field === 'allowGroups' || field === 'commodities') {
        const value = (g.p as Record<string, unknown>)[field] as string[];
        return `${flagName(field)} ${value[k as number] ?? ''}: ${issue.message}`;
      }
      if (field === 'node') return `${g.flag}: ${nodeProblem(model, (g.p as { node: string }).node)}`;
      return `${g.flag}: ${issue.message.replace(/^scenario "ad-hoc" /, '')}`;
    },
  );
  if (problems.length) {
    const unique = [...new Set(problems)];
    throw new UserError(
      unique.length === 1 ? unique[0]! : `${unique.length} problems with the flags`,
      unique.length === 1 ? [] : unique.map((p) => `chokepoint: ${p}`),
    );
  }

  const adHoc = given.map((g) => g.p);
  const perturbations = [...(base?.perturbations ?? []), ...adHoc];
  const words = adHoc.map(describePerturbation).join('; ');
  return {
    id: base ? `${base.id}+ad-hoc` : 'ad-hoc',
    label: base ? `${base.label ?? base.id}; ${words}` : words.charAt(0).toUpperCase() + words.slice(1),
    perturbations,
  };
}

/** UsageError when --stages, --allow, --allow-groups or --commodities come without --export-control. */
export function checkRestrictions(flags: PerturbationFlags): void {
  const restrictions = (['stages', 'allow', 'allowGroups', 'commodities'] as const).filter(
    (k) => flags[k]?.length,
  );
  if (restrictions.length && !flags.exportControl?.length) {
    throw new UsageError(
      `${restrictions.map(flagName).join(', ')} restrict${restrictions.length === 1 ? 's' : ''} an export control: add --export-control <country>`,
    );
  }
}

function flagName(field: string): string {
  return field === 'allowGroups' ? '--allow-groups' : `--${field}`;
}

/** What is wrong with the node a flag names: it does not exist (with the closest ids), or has no demand. */
function nodeProblem(model: Model, id: string): string {
  const node = model.nodes.find((n) => n.id === id);
  if (node) return `"${id}" has no demand (it is not a sink), so its demand cannot be scaled`;
  const near = closest(
    id,
    model.nodes.map((n) => n.id),
  );
  return `no node "${id}" in the model${near.length ? ` (did you mean ${near.map((x) => `"${x}"`).join(', ')}?)` : ''}`;
}

/** The flags, for `scenario` and `compare`. */
export function perturbationOptions(): Option[] {
  return [
    new Option(
      '--export-control <country>',
      'the country stops exports (repeatable; ISO code, e.g. CN)',
    ).argParser(list),
    new Option('--stages <list>', 'only exports from these stages (for every --export-control)').argParser(
      list,
    ),
    new Option(
      '--allow <countries>',
      'countries still served, e.g. IN,JP (for every --export-control)',
    ).argParser(list),
    new Option(
      '--allow-groups <groups>',
      'groups still served, e.g. msp (for every --export-control)',
    ).argParser(list),
    new Option(
      '--commodities <list>',
      'only edges carrying these commodities (for every --export-control)',
    ).argParser(list),
    new Option('--outage <node>', 'the node stops operating (repeatable)').argParser(list),
    new Option('--capacity <node=factor>', "multiply the node's capacity (repeatable)").argParser(nodeFactor),
    new Option('--demand <node=factor>', "multiply the sink's demand; 0 removes it (repeatable)").argParser(
      nodeFactor,
    ),
  ];
}
