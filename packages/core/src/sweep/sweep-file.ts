/**
 * The sweep file (chokepoint-sweep/v1)
 * ====================================
 *
 * What `chokepoint sweep --perturbations <file>` reads: a list of *factors*, each switched off or on
 * in every combination. A factor is one of
 *
 * - a bare perturbation, as in a model's scenarios: `{"type": "outage", "node": "mm-mine"}` — on/off,
 *   named by `perturbationId` (`outage:mm-mine`);
 * - a named group applied together: `{"id": "cn-magnets", "label": "…", "perturbations": […]}` — on/off;
 * - a factor with levels, at most one at a time: `{"id": "us-mine", "levels": [<perturbation or
 *   group>, …]}` — off, or one of its levels (e.g. a capacity ×0.5 and ×2).
 *
 * The file is either that list, or `{"format": "chokepoint-sweep/v1", "factors": […], "scenarios":
 * true, "maxActive": 2}`: `scenarios` adds the model's own scenarios as one more factor (none, or one
 * of them); `maxActive` keeps only runs with at most that many factors on. One zod source gives the
 * types and the published JSON Schema (`schema/sweep-v1.schema.json`).
 */
import { z } from 'zod';
import { describePerturbation, perturbationId } from '../analysis/scenario/describe-perturbation.ts';
import { scenarioIssues } from '../analysis/scenario/scenario-issues.ts';
import type { JsonPath, ModelIssue } from '../model/issues.ts';
import { type Model, type Perturbation, PerturbationSchema } from '../model/schema.ts';
import { friendlyMessage, fromZod } from '../model/validate.ts';
import type { SweepFactor, SweepLevel, SweepPlan } from './plan.ts';

export const SWEEP_FORMAT = 'chokepoint-sweep/v1' as const;

const id = z.string().min(1, 'must be a non-empty string').max(200, 'must be at most 200 characters');

export const SweepGroupSchema = z
  .object({
    id: id.describe('Names the group in results.'),
    label: z.string().optional(),
    perturbations: z.array(PerturbationSchema).min(1, 'a group needs at least one perturbation'),
  })
  .strict()
  .describe('Perturbations applied together, as one on/off factor or one level.');

const LevelSchema = z.union([PerturbationSchema, SweepGroupSchema]);

export const SweepLevelsSchema = z
  .object({
    id: id.describe('Names the factor in results.'),
    label: z.string().optional(),
    levels: z.array(LevelSchema).min(1, 'a factor needs at least one level'),
  })
  .strict()
  .describe('A factor that is off or at exactly one of its levels in each run.');

export const SweepFactorSchema = z.union([PerturbationSchema, SweepGroupSchema, SweepLevelsSchema]);

export const SweepFileSchema = z.union([
  z.array(SweepFactorSchema),
  z
    .object({
      $schema: z.string().optional(),
      format: z.literal(SWEEP_FORMAT).optional(),
      description: z.string().optional(),
      factors: z.array(SweepFactorSchema),
      scenarios: z.boolean().optional().describe("Also sweep the model's own scenarios (one at a time)."),
      maxActive: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe('Only runs with at most this many factors on (e.g. 2 for pairs).'),
    })
    .strict(),
]);

export type SweepFile = z.infer<typeof SweepFileSchema>;

export type SweepFileResult = { ok: true; plan: SweepPlan } | { ok: false; issues: ModelIssue[] };

/** Command-line settings override the file's `scenarios` and `maxActive`. */
export interface SweepFileOptions {
  scenarios?: boolean;
  maxActive?: number | null;
}

/**
 * Reads a parsed sweep file into a plan, checking every perturbation against the model (unknown
 * nodes, stages, groups, countries). Every problem comes back at once, with its JSON path in the file.
 */
export function readSweepFile(value: unknown, model: Model, options: SweepFileOptions = {}): SweepFileResult {
  const issues: ModelIssue[] = [];
  const top = Array.isArray(value) ? { factors: value } : value;
  const shape = z
    .object({
      $schema: z.string().optional(),
      format: z.literal(SWEEP_FORMAT).optional(),
      description: z.string().optional(),
      factors: z.array(z.unknown()),
      scenarios: z.boolean().optional(),
      maxActive: z.number().int().min(1).optional(),
    })
    .strict()
    .safeParse(top, { error: friendlyMessage, reportInput: true });
  if (!shape.success) {
    const message = Array.isArray(value) ? '' : 'expected a list of factors or {"factors": […]}';
    return {
      ok: false,
      issues:
        typeof top === 'object' && top !== null
          ? shape.error.issues.map((i) => fromZod(i, top))
          : [{ path: [], message }],
    };
  }
  const base: JsonPath = Array.isArray(value) ? [] : ['factors'];
  const factors: SweepFactor[] = [];
  shape.data.factors.forEach((raw, i) => {
    const factor = readFactor(raw, [...base, i], model, issues);
    if (factor) factors.push(factor);
  });
  const seen = new Map<string, number>();
  factors.forEach((f, i) => {
    if (seen.has(f.id)) {
      issues.push({ path: [...base, i], message: `factor "${f.id}" appears twice (give one an "id")` });
    }
    seen.set(f.id, i);
  });
  const withScenarios = options.scenarios ?? shape.data.scenarios ?? false;
  if (withScenarios) {
    const scenarios = model.scenarios ?? [];
    if (scenarios.length === 0) {
      issues.push({ path: Array.isArray(value) ? [] : ['scenarios'], message: 'the model has no scenarios' });
    } else if (seen.has('scenario')) {
      issues.push({
        path: [...base, seen.get('scenario')!],
        message: '"scenario" names the model scenarios',
      });
    } else {
      factors.push({
        id: 'scenario',
        label: "the model's scenarios",
        levels: scenarios.map((s) => ({ id: s.id, label: s.label ?? s.id, perturbations: s.perturbations })),
      });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const maxActive = options.maxActive === undefined ? (shape.data.maxActive ?? null) : options.maxActive;
  return { ok: true, plan: { factors, maxActive } };
}

function readFactor(raw: unknown, path: JsonPath, model: Model, issues: ModelIssue[]): SweepFactor | null {
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : null;
  if (record && 'levels' in record) {
    const parsed = SweepLevelsSchema.extend({ levels: z.array(z.unknown()).min(1) }).safeParse(raw, {
      error: friendlyMessage,
      reportInput: true,
    });
    if (!parsed.success) {
      issues.push(...parsed.error.issues.map((i) => at(path, fromZod(i, raw))));
      return null;
    }
    const levels: SweepLevel[] = [];
    parsed.data.levels.forEach((level, l) => {
      const read = readLevel(level, [...path, 'levels', l], model, issues);
      if (read) levels.push(read);
    });
    const ids = new Set<string>();
    levels.forEach((level, l) => {
      if (ids.has(level.id)) {
        issues.push({ path: [...path, 'levels', l], message: `level "${level.id}" appears twice` });
      }
      ids.add(level.id);
    });
    return { id: parsed.data.id, label: parsed.data.label ?? parsed.data.id, levels };
  }
  const level = readLevel(raw, path, model, issues);
  return level ? { id: level.id, label: level.label, levels: [level] } : null;
}

function readLevel(raw: unknown, path: JsonPath, model: Model, issues: ModelIssue[]): SweepLevel | null {
  const bare = typeof raw === 'object' && raw !== null && 'type' in raw;
  const before = issues.length;
  let level: SweepLevel | null = null;
  if (bare) {
    const p = PerturbationSchema.safeParse(raw, { error: friendlyMessage, reportInput: true });
    if (p.success)
      level = { id: perturbationId(p.data), label: describePerturbation(p.data), perturbations: [p.data] };
    else issues.push(...p.error.issues.map((i) => at(path, fromZod(i, raw))));
  } else {
    const g = SweepGroupSchema.safeParse(raw, { error: friendlyMessage, reportInput: true });
    if (g.success)
      level = { id: g.data.id, label: g.data.label ?? g.data.id, perturbations: g.data.perturbations };
    else
      issues.push(
        ...(typeof raw === 'object' && raw !== null && !Array.isArray(raw)
          ? g.error.issues.map((i) => at(path, fromZod(i, raw)))
          : [
              {
                path,
                message:
                  'expected a perturbation ({"type": …}), a group ({"id", "perturbations"}) or a factor with "levels"',
              },
            ]),
      );
  }
  if (!level || issues.length > before) return null;
  // A bare perturbation is the level itself: its issues point at the item, not at perturbations[0].
  for (const issue of scenarioIssues(model, { id: level.id, perturbations: level.perturbations })) {
    const rest = issue.path.slice(bare ? 2 : 0);
    issues.push({ ...issue, path: [...path, ...rest] });
  }
  return issues.length > before ? null : level;
}

function at(prefix: JsonPath, issue: ModelIssue): ModelIssue {
  return { ...issue, path: [...prefix, ...issue.path] };
}

/** The perturbations of a level, for callers that build plans in code. */
export function levelOf(p: Perturbation): SweepLevel {
  return { id: perturbationId(p), label: describePerturbation(p), perturbations: [p] };
}
