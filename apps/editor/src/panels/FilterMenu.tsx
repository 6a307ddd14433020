/**
 * Filters and focus, from the canvas toolbar: dim or hide nodes by country, stage, commodity or tag
 * (filter.ts says what passes), and a line saying what is filtered with a way to clear it. Focus on
 * a node's upstream or downstream is started from the node's inspector and shown here too.
 */
import { countryName } from '@chokepoint/core';
import { useMemo, useState } from 'react';
import { useEditorState, useServices } from '../app/services.tsx';
import { filterActive, filterOptions } from '../canvas/filter.ts';
import { Chips } from '../scenarios/kinds/fields.tsx';
import { noFilter, type ViewFilter } from '../state/editor-state.ts';

type ListKey = 'countries' | 'stages' | 'commodities' | 'tags';

export function FilterMenu() {
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const filter = useEditorState((s) => s.session.filter);
  const [open, setOpen] = useState(false);
  const options = useMemo(() => filterOptions(model), [model]);
  const set = (change: Partial<ViewFilter>) =>
    editor.setSession((s) => ({ filter: { ...s.filter, ...change } }));
  const count =
    filter.countries.length + filter.stages.length + filter.commodities.length + filter.tags.length;
  const lists: { key: ListKey; label: string; options: { value: string; label: string }[] }[] = [
    {
      key: 'countries',
      label: 'Country',
      options: options.countries.map((c) => ({ value: c, label: c })),
    },
    { key: 'stages', label: 'Stage', options: options.stages.map((s) => ({ value: s, label: s })) },
    {
      key: 'commodities',
      label: 'Commodity',
      options: options.commodities.map((c) => ({ value: c, label: c })),
    },
    { key: 'tags', label: 'Tag', options: options.tags.map((t) => ({ value: t, label: t })) },
  ];
  return (
    <div className="filter-menu">
      <button
        type="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        className={count > 0 ? 'on' : undefined}
        onClick={() => setOpen(!open)}
        data-testid="filter-button"
        title="Dim or hide nodes by country, stage, commodity or tag"
      >
        Filter{count > 0 ? ` (${count})` : ''}
      </button>
      {open ? (
        <div className="filter-pop card" role="dialog" aria-label="Filters" data-testid="filter-panel">
          <fieldset className="filter-mode" aria-label="Nodes that do not match">
            {(['dim', 'hide'] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                aria-pressed={filter.mode === mode}
                className={filter.mode === mode ? 'on' : ''}
                onClick={() => set({ mode })}
              >
                {mode === 'dim' ? 'Dim the rest' : 'Hide the rest'}
              </button>
            ))}
          </fieldset>
          {lists.map((l) =>
            l.options.length > 0 ? (
              <Chips
                key={l.key}
                label={l.label}
                options={
                  l.key === 'countries'
                    ? l.options.map((o) => ({ ...o, title: countryName(o.value) }))
                    : l.options
                }
                selected={filter[l.key]}
                onChange={(next) => set({ [l.key]: next } as Partial<ViewFilter>)}
                empty=""
              />
            ) : (
              <p key={l.key} className="muted small">
                {l.label}: none in this model
              </p>
            ),
          )}
          <div className="filter-actions">
            <button
              type="button"
              onClick={() => set({ ...noFilter, mode: filter.mode, focus: filter.focus })}
            >
              Clear filters
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Done
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** Over the canvas while anything is filtered: what, and a way back to everything. */
export function FilterBanner() {
  const { editor } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const filter = useEditorState((s) => s.session.filter);
  if (!filterActive(filter)) return null;
  const parts: string[] = [];
  if (filter.focus) {
    const name = model.nodes.find((n) => n.id === filter.focus!.node)?.label ?? filter.focus.node;
    const where =
      filter.focus.direction === 'both' ? 'upstream and downstream of' : `${filter.focus.direction} of`;
    parts.push(`${where} ${name}`);
  }
  for (const [key, label] of [
    ['countries', 'country'],
    ['stages', 'stage'],
    ['commodities', 'commodity'],
    ['tags', 'tag'],
  ] as const) {
    if (filter[key].length > 0) parts.push(`${label} ${filter[key].join(' or ')}`);
  }
  return (
    <div className="filter-banner" role="status" data-testid="filter-banner">
      <span>
        {filter.mode === 'hide' ? 'Showing only' : 'Highlighting'}: {parts.join('; ')}
      </span>
      {filter.focus ? (
        <button
          type="button"
          className="link banner-button"
          onClick={() => editor.setSession((s) => ({ filter: { ...s.filter, focus: null } }))}
        >
          End focus
        </button>
      ) : null}
      <button
        type="button"
        className="link banner-button"
        onClick={() => editor.setSession((s) => ({ filter: { ...noFilter, mode: s.filter.mode } }))}
        data-testid="filter-clear"
      >
        Show everything
      </button>
    </div>
  );
}
