/**
 * Decisions under uncertainty (issue 17, docs/uncertainty.md): political risk, "what would fix it"
 * and "what an adversary would hit", one tab each, computed on demand in the decisions worker.
 */
import { useState } from 'react';
import type { Decisions } from '../analysis/decisions-client.ts';
import { AdversaryView } from './decisions/AdversaryView.tsx';
import { FixView } from './decisions/FixView.tsx';
import { LeversView } from './decisions/LeversView.tsx';
import { RiskView } from './decisions/RiskView.tsx';

type Tab = 'risk' | 'fix' | 'adversary' | 'levers';
const TABS: { id: Tab; label: string }[] = [
  { id: 'risk', label: 'Political risk' },
  { id: 'fix', label: 'What would fix it' },
  { id: 'adversary', label: 'Weakest points' },
  { id: 'levers', label: 'Levers' },
];

export function DecisionsPanel(props: { decisions?: Decisions }) {
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<Tab>('risk');
  return (
    <section
      className="card compare decisions"
      aria-labelledby="decisions-title"
      data-testid="decisions-panel"
    >
      <details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary>
          <h2 id="decisions-title">Risk and fixes</h2>
        </summary>
        {open ? (
          <>
            <div className="segmented decisions-tabs" role="tablist">
              {TABS.map((t) => (
                <button
                  key={t.id}
                  type="button"
                  role="tab"
                  aria-selected={tab === t.id}
                  className={tab === t.id ? 'on' : ''}
                  data-testid={`decisions-tab-${t.id}`}
                  onClick={() => setTab(t.id)}
                >
                  {t.label}
                </button>
              ))}
            </div>
            {tab === 'risk' ? <RiskView {...props} /> : null}
            {tab === 'fix' ? <FixView {...props} /> : null}
            {tab === 'adversary' ? <AdversaryView {...props} /> : null}
            {tab === 'levers' ? <LeversView {...props} /> : null}
          </>
        ) : null}
      </details>
    </section>
  );
}
