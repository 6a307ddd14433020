/**
 * A node's recipe, alternatives and yield in the inspector
 * ========================================================
 *
 * Inputs per unit of output (`recipe: [{commodity, ratio}]`), substitute recipes with an optional cap
 * on their share of the output (`alternatives`), and the yield of a node without recipe
 * (docs/recipes.md). Every change is one `updateNode`, one undo step. Values the schema refuses (a
 * ratio ≤ 0, a share outside 0–1) are caught at the field with core's own message and never reach the
 * model; what only the whole model can tell (an alternative id used twice, an incoming edge whose
 * commodity no recipe consumes, a yield beside a recipe) comes back from validation in the analysis
 * worker and is shown at the field it names.
 *
 * A new input waits, outside the model, until its ratio is given: a made-up ratio would count at once.
 */
import {
  type Alternative,
  AlternativeSchema,
  type JsonPath,
  type ModelIssue,
  type ModelNode,
  type RecipeInput,
  RecipeInputSchema,
} from '@chokepoint/core';
import { useState } from 'react';
import { useAnalysis, useEditorState, useServices } from '../app/services.tsx';
import { editNode } from '../commands/edits.ts';
import { CommodityPicker } from './CommodityPicker.tsx';
import { Field, optionalNumber, optionalText, type Parse, showOptional } from './Field.tsx';

const NO_ISSUES: readonly ModelIssue[] = [];

const numberText = (text: string) => text.replace(/[,\s_]/g, '');

/** Core's message, led by the field's name unless it already is ("ratio must be a number"). */
const named = (field: string, message: string) =>
  message.startsWith(field) ? message : `${field} ${message}`;

/** A ratio as core's schema takes it: a finite number > 0. */
export const parseRatio: Parse<number> = (text) => {
  const t = numberText(text);
  if (t === '') return { ok: false, reason: 'ratio: units of this input per unit of output' };
  const checked = RecipeInputSchema.shape.ratio.safeParse(Number(t));
  return checked.success
    ? { ok: true, value: checked.data }
    : { ok: false, reason: named('ratio', checked.error.issues[0]!.message) };
};

/** A share 0–1 ("50%" is read as 0.5); empty = no cap. */
export const parseShare: Parse<number | null> = (text) => {
  let t = numberText(text);
  if (t === '') return { ok: true, value: null };
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1);
  const v = Number(t) / (percent ? 100 : 1);
  const checked = AlternativeSchema.shape.maxShare.safeParse(v);
  return checked.success
    ? { ok: true, value: v }
    : { ok: false, reason: named('maxShare', checked.error.issues[0]!.message) };
};

export const parseAlternativeId: Parse<string> = (text) => {
  const checked = AlternativeSchema.shape.id.safeParse(text.trim());
  return checked.success
    ? { ok: true, value: checked.data }
    : { ok: false, reason: `id: ${checked.error.issues[0]!.message}` };
};

/** Messages of the issues at `prefix` (and below it, unless `exact`). */
export function issuesAt(issues: readonly ModelIssue[], prefix: JsonPath, exact = false): string[] {
  return issues
    .filter(
      (i) =>
        (exact ? i.path.length === prefix.length : i.path.length >= prefix.length) &&
        prefix.every((p, k) => i.path[k] === p),
    )
    .map((i) => i.message);
}

/** A fresh alternative id: `alt-1`, `alt-2`, … the first one the node does not use. */
export function freshAlternativeId(node: ModelNode): string {
  const taken = new Set((node.alternatives ?? []).map((a) => a.id));
  for (let i = 1; ; i++) if (!taken.has(`alt-${i}`)) return `alt-${i}`;
}

export function RecipeSection({ node }: { node: ModelNode }) {
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const index = model.nodes.findIndex((n) => n.id === node.id);
  const issues = useAnalysis((a) => a.current?.issues ?? NO_ISSUES);
  const binding = useAnalysis(
    (a) => a.current?.report?.nodes.find((n) => n.id === node.id)?.bindingInput ?? null,
  );
  const here = (path: JsonPath, exact = false) => issuesAt(issues, ['nodes', index, ...path], exact);
  const edit = (changes: Partial<Record<'recipe' | 'alternatives' | 'yield', unknown>>, what: string) =>
    editNode(editor, node.id, changes as never, what);
  const alternatives = node.alternatives ?? [];
  const hasRecipe = node.recipe !== undefined || alternatives.length > 0;
  // Incoming edges whose commodity no recipe of this node consumes (validation names the edge).
  const incoming = issues.filter(
    (i) => i.path[0] === 'edges' && model.edges[i.path[1] as number]?.target === node.id,
  );
  const setAlternatives = (next: Alternative[], what: string) =>
    edit({ alternatives: next.length > 0 ? next : null }, what);
  const setAlternative = (j: number, change: Partial<Alternative>, what: string) =>
    setAlternatives(
      alternatives.map((a, k) => {
        if (k !== j) return a;
        const next = { ...a, ...change } as Record<string, unknown>;
        for (const [key, value] of Object.entries(change)) if (value === null) delete next[key];
        return next as Alternative;
      }),
      what,
    );
  const addAlternative = () => {
    const from = node.recipe ?? alternatives[0]?.recipe;
    if (!from) return;
    const id = freshAlternativeId(node);
    // A copy of the recipe: it changes nothing until its ratios or cap are edited.
    setAlternatives([...alternatives, { id, recipe: from.map((i) => ({ ...i })) }], `Add alternative ${id}`);
  };

  return (
    <section className="recipe-section" aria-label="Recipe" data-testid="recipe-section">
      <h3>Recipe</h3>
      <p className="muted small">
        {hasRecipe
          ? 'Inputs per unit of output. The node makes what its scarcest input allows.'
          : 'None: the node passes on what reaches it, times its yield. Add an input to give it a recipe.'}
      </p>
      <RecipeRows
        rows={node.recipe ?? []}
        binding={binding}
        problems={(k) => here(['recipe', k])}
        onChange={(rows, what) => edit({ recipe: rows.length > 0 ? rows : null }, what)}
        canRemoveLast
        testId="recipe"
      />
      {here(['recipe'], true).map((m) => (
        <p key={m} className="field-error" data-testid="field-problem">
          {m}
        </p>
      ))}
      {incoming.map((i) => (
        <p key={i.message} className="field-error" data-testid="field-problem">
          Incoming edge: {i.message}
        </p>
      ))}
      {alternatives.map((alt, j) => (
        // Position and id: two alternatives with one id (a problem validation reports) stay apart.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above; fields re-read their value on change
        <fieldset key={`${j}:${alt.id}`} className="alternative" data-testid={`alternative-${j}`}>
          <legend>Alternative {alt.label ?? alt.id}</legend>
          <Field
            label="Id"
            value={alt.id}
            format={String}
            parse={parseAlternativeId}
            commit={(id) => setAlternative(j, { id }, `Rename alternative ${alt.id}`)}
            problems={here(['alternatives', j, 'id'])}
            testId={`alternative-${j}-id`}
          />
          <Field
            label="Label"
            value={alt.label ?? null}
            format={showOptional}
            parse={optionalText}
            commit={(label) =>
              setAlternative(j, { label } as Partial<Alternative>, `Set label of alternative ${alt.id}`)
            }
            whenEmpty="e.g. grain-boundary diffusion"
          />
          <Field
            label="Max share of output"
            value={alt.maxShare ?? null}
            format={showOptional}
            parse={parseShare}
            commit={(maxShare) =>
              setAlternative(
                j,
                { maxShare } as Partial<Alternative>,
                `Set max share of alternative ${alt.id}`,
              )
            }
            whenEmpty="no limit"
            hint="0–1 (or 50%): the most of the node's output this alternative may make."
            problems={here(['alternatives', j, 'maxShare'])}
            testId={`alternative-${j}-share`}
          />
          <RecipeRows
            rows={alt.recipe}
            binding={binding}
            problems={(k) => here(['alternatives', j, 'recipe', k])}
            onChange={(rows, what) => setAlternative(j, { recipe: rows }, `${what} (alternative ${alt.id})`)}
            testId={`alternative-${j}-recipe`}
          />
          <button
            type="button"
            className="link danger"
            onClick={() =>
              setAlternatives(
                alternatives.filter((_, k) => k !== j),
                `Remove alternative ${alt.id}`,
              )
            }
          >
            Remove alternative
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        disabled={!hasRecipe}
        title={
          hasRecipe
            ? 'A substitute recipe (a grade with less Dy, a cobalt-free cathode), starting as a copy of the recipe'
            : 'Give the node a recipe first'
        }
        onClick={addAlternative}
        data-testid="add-alternative"
      >
        + Alternative
      </button>
      {!hasRecipe || node.yield !== undefined ? (
        <Field
          label="Yield"
          value={node.yield ?? null}
          format={showOptional}
          parse={optionalNumber('yield', { positive: true })}
          commit={(value) => edit({ yield: value }, 'Set yield')}
          whenEmpty="1"
          hint="Output per unit of input, for a node without recipe (0.9 = 10% lost)."
          problems={here(['yield'])}
          testId="field-yield"
        />
      ) : null}
    </section>
  );
}

/** The inputs of one recipe: commodity and ratio per row, a remove button, and a row to add one. */
function RecipeRows(props: {
  rows: readonly RecipeInput[];
  binding: string | null;
  problems(k: number): string[];
  onChange(rows: RecipeInput[], what: string): void;
  /** The main recipe may lose its last input (the node then has none); an alternative may not. */
  canRemoveLast?: boolean;
  testId: string;
}) {
  const { rows } = props;
  const [pending, setPending] = useState<string | null>(null);
  const taken = new Set(rows.map((r) => r.commodity));
  const replace = (k: number, row: RecipeInput) => rows.map((r, i) => (i === k ? row : r));
  return (
    <div className="recipe-rows" data-testid={props.testId}>
      {rows.length > 0 ? (
        <div className="recipe-head muted small" aria-hidden>
          <span>Input</span>
          <span>per unit</span>
        </div>
      ) : null}
      {rows.map((row, k) => (
        <div
          key={row.commodity}
          className={`recipe-row${props.binding === row.commodity ? ' binds' : ''}`}
          data-testid={`${props.testId}-row-${k}`}
        >
          <CommodityPicker
            label={`Input ${k + 1}`}
            value={row.commodity}
            taken={taken}
            onPick={(commodity) =>
              props.onChange(replace(k, { ...row, commodity }), `Set input ${row.commodity} → ${commodity}`)
            }
          />
          <Field
            label={`${row.commodity} per unit of output`}
            hideLabel
            value={row.ratio}
            format={String}
            parse={parseRatio}
            commit={(ratio) => props.onChange(replace(k, { ...row, ratio }), `Set ${row.commodity} ratio`)}
            problems={props.problems(k)}
            testId={`${props.testId}-ratio-${k}`}
          />
          <button
            type="button"
            className="icon"
            aria-label={`Remove input ${row.commodity}`}
            disabled={rows.length === 1 && !props.canRemoveLast}
            title={
              rows.length === 1 && !props.canRemoveLast
                ? 'An alternative needs at least one input (remove the alternative instead)'
                : undefined
            }
            onClick={() =>
              props.onChange(
                rows.filter((_, i) => i !== k),
                `Remove input ${row.commodity}`,
              )
            }
          >
            ×
          </button>
          {props.binding === row.commodity ? (
            <span className="binds-tag" title="The input whose shortage limits this node">
              binds
            </span>
          ) : null}
        </div>
      ))}
      {pending !== null ? (
        <div className="recipe-row pending" data-testid={`${props.testId}-pending`}>
          <CommodityPicker label="New input" value={pending} taken={taken} onPick={setPending} />
          <Field<number | null>
            label={`${pending} per unit of output`}
            hideLabel
            value={null}
            format={showOptional}
            parse={parseRatio}
            commit={(ratio) => {
              if (ratio === null) return;
              setPending(null);
              props.onChange([...rows, { commodity: pending, ratio }], `Add input ${pending}`);
            }}
            whenEmpty="ratio"
            testId={`${props.testId}-pending-ratio`}
          />
          <button
            type="button"
            className="icon"
            aria-label="Cancel the new input"
            onClick={() => setPending(null)}
          >
            ×
          </button>
        </div>
      ) : (
        <div className="recipe-add">
          <CommodityPicker
            label="Add an input"
            value=""
            placeholder="+ Add input…"
            taken={taken}
            onPick={setPending}
            testId={`${props.testId}-add`}
          />
        </div>
      )}
    </div>
  );
}
