/**
 * An inspector field: edits a local draft and commits on Enter or leaving the field (one undo step
 * per committed change, not per keystroke); Escape reverts. A value that does not parse is shown in
 * red with the reason and never reaches the model.
 */
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

export type Parse<T> = (text: string) => { ok: true; value: T } | { ok: false; reason: string };

export interface FieldProps<T> {
  label: string;
  value: T;
  format(value: T): string;
  parse: Parse<T>;
  commit(value: T): void;
  /** Grey text while the field is empty, saying what empty means ("unlimited", "not an end use"). */
  whenEmpty?: string;
  hint?: ReactNode;
  multiline?: boolean;
  list?: string;
  testId?: string;
  /** The label is for screen readers only (a row whose column says what the field is). */
  hideLabel?: boolean;
  /** Problems core's validation reports at this field, shown under it until they are fixed. */
  problems?: readonly string[];
}

export function Field<T>(props: FieldProps<T>) {
  const id = useId();
  const shown = props.format(props.value);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  // A change from elsewhere (undo, another panel) replaces the draft.
  useEffect(() => {
    setText(shown);
    setError(null);
  }, [shown]);

  // A draft still being typed when the field goes away (another node clicked on the canvas: sigma
  // keeps the focus where it was, so no blur comes first) is committed to the item it was typed for,
  // as leaving the field would. Only while the field has the focus: a field that lost it has already
  // committed or reverted on blur.
  const focused = useRef(false);
  // The text last committed: a field whose commit removes it (a pending row that becomes a real one)
  // goes away still focused, with that text in it, and must not commit it twice.
  const committed = useRef<string | null>(null);
  const latest = useRef({ text, shown, parse: props.parse, commit: props.commit });
  latest.current = { text, shown, parse: props.parse, commit: props.commit };
  useEffect(
    () => () => {
      const { text, shown, parse, commit } = latest.current;
      if (!focused.current || text === shown || text === committed.current) return;
      const parsed = parse(text);
      if (parsed.ok) commit(parsed.value);
    },
    [],
  );

  const commit = () => {
    if (text === shown) {
      // Back to the stored value: nothing to commit, and nothing wrong any more.
      setError(null);
      return;
    }
    const parsed = props.parse(text);
    if (!parsed.ok) {
      setError(parsed.reason);
      return;
    }
    setError(null);
    committed.current = text;
    props.commit(parsed.value);
  };
  const common = {
    id,
    value: text,
    placeholder: props.whenEmpty,
    'aria-invalid': error !== null || (props.problems?.length ?? 0) > 0,
    'data-testid': props.testId,
    onChange: (e: { target: { value: string } }) => {
      setText(e.target.value);
      committed.current = null; // a new draft, even if it repeats what was committed before
      // An error answers the text that was committed; once the text changes it no longer applies
      // (a valid value then commits cleanly, an invalid one shows its own reason on commit).
      if (error !== null && props.parse(e.target.value).ok) setError(null);
    },
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      commit();
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && !(props.multiline && e.shiftKey)) {
        e.preventDefault();
        commit();
      } else if (e.key === 'Escape') {
        setText(shown);
        setError(null);
      }
    },
  };
  return (
    <div className="field">
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.multiline ? <textarea rows={3} {...common} /> : <input list={props.list} {...common} />}
      {error ? (
        <span className="field-error">{error}</span>
      ) : props.problems?.length ? (
        <span className="field-error" data-testid="field-problem">
          {props.problems.join('; ')}
        </span>
      ) : props.hint ? (
        <span className="field-hint">{props.hint}</span>
      ) : null}
    </div>
  );
}

/** Optional text: empty removes the field. */
export const optionalText: Parse<string | null> = (text) => ({
  ok: true,
  value: text.trim() === '' ? null : text.trim(),
});

export const requiredText =
  (what: string): Parse<string> =>
  (text) =>
    text.trim() === '' ? { ok: false, reason: `${what} cannot be empty` } : { ok: true, value: text.trim() };

/** Optional number ≥ 0 (or > 0): empty removes the field. Accepts "1,200" and "1 200". */
export const optionalNumber =
  (what: string, options: { positive?: boolean; integer?: boolean } = {}): Parse<number | null> =>
  (text) => {
    const t = text.replace(/[,\s_]/g, '');
    if (t === '') return { ok: true, value: null };
    const v = Number(t);
    if (!Number.isFinite(v)) return { ok: false, reason: `${what} must be a number` };
    if (options.positive ? v <= 0 : v < 0)
      return { ok: false, reason: `${what} must be ${options.positive ? '> 0' : '≥ 0'}` };
    if (options.integer && !Number.isInteger(v))
      return { ok: false, reason: `${what} must be a whole number` };
    return { ok: true, value: v };
  };

export const showOptional = (v: string | number | null | undefined): string =>
  v === null || v === undefined ? '' : String(v);
