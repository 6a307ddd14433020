/**
 * The search box: finds nodes by name as you type, highlights them on the graph, and Enter (or a
 * click) selects one and brings it into view.
 */
import { forwardRef, useEffect, useMemo, useState } from 'react';
import { useEditorState, useServices } from '../app/services.tsx';
import { searchNodes } from './search.ts';

export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_, ref) {
  const { editor, canvas } = useServices();
  const model = useEditorState((s) => s.doc.model);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const hits = useMemo(() => searchNodes(model, query), [model, query]);

  useEffect(() => {
    const all = query.trim() ? searchNodes(model, query, 200) : [];
    canvas.getState()?.setSearchHits(new Set(all.map((n) => n.id)));
  }, [model, query, canvas]);

  const choose = (id: string) => {
    editor.select([id]);
    canvas.getState()?.centerOn(id);
    setOpen(false);
  };

  return (
    <div className="search">
      <input
        ref={ref}
        type="search"
        placeholder="Find a node…  (/)"
        aria-label="Find a node by name"
        value={query}
        data-testid="search"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && hits[active]) choose(hits[active].id);
          else if (e.key === 'Escape') {
            setQuery('');
            e.currentTarget.blur();
          } else return;
          e.preventDefault();
        }}
      />
      {open && hits.length > 0 ? (
        <ul className="search-results">
          {hits.map((n, i) => (
            <li key={n.id}>
              <button
                type="button"
                className={i === active ? 'search-result active' : 'search-result'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(n.id)}
              >
                <span>{n.label ?? n.id}</span>
                <span className="muted small">
                  {n.stage}
                  {n.country ? ` · ${n.country}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
