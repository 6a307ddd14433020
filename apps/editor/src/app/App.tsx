/**
 * The editor's page: inputs on the left (inspector, scenarios), the chain in the middle, results on
 * the right (score, supply, chokepoints, concentration).
 */
import { useEffect, useMemo, useRef } from 'react';
import { GraphCanvas } from '../canvas/GraphCanvas.tsx';
import { SankeyView } from '../canvas/SankeyView.tsx';
import { handleKey } from '../commands/registry.ts';
import { CanvasToolbar } from '../panels/CanvasToolbar.tsx';
import { ChokepointList } from '../panels/ChokepointList.tsx';
import { ComparePanel } from '../panels/ComparePanel.tsx';
import { ConcentrationPanel } from '../panels/ConcentrationPanel.tsx';
import { DecisionsPanel } from '../panels/DecisionsPanel.tsx';
import { FilterBanner } from '../panels/FilterMenu.tsx';
import { Inspector } from '../panels/Inspector.tsx';
import { Legend } from '../panels/Legend.tsx';
import { NoticeBanner } from '../panels/NoticeBanner.tsx';
import { ProblemsPanel } from '../panels/ProblemsPanel.tsx';
import { ScenarioPanel } from '../panels/ScenarioPanel.tsx';
import { ScoreCard } from '../panels/ScoreCard.tsx';
import { ShortcutSheet } from '../panels/ShortcutSheet.tsx';
import { StatusBar } from '../panels/StatusBar.tsx';
import { SupplyPanel } from '../panels/SupplyPanel.tsx';
import { TopBar } from '../panels/TopBar.tsx';
import { ZoomControls } from '../panels/ZoomControls.tsx';
import { useStore } from '../state/store.ts';
import { type Services, ServicesProvider, useServices } from './services.tsx';
import './app.css';

/** The Sankey view lies over the graph (which stays mounted: commands and exports use it). */
function SankeyIfChosen() {
  const view = useStore(useServices().editor.store, (s) => s.session.view);
  return view === 'sankey' ? <SankeyView /> : null;
}

export function App(props: {
  services: Omit<Services, 'focusSearch'>;
  saved: 'saved' | 'saving' | 'failed';
}) {
  const search = useRef<HTMLInputElement>(null);
  const services: Services = useMemo(
    // `/` comes back to the last search with its text selected: type to replace it, Enter to reuse it.
    () => ({
      ...props.services,
      focusSearch: () => {
        search.current?.focus();
        search.current?.select();
      },
    }),
    [props.services],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      handleKey(e, {
        editor: services.editor,
        canvas: services.canvas.getState(),
        focusSearch: services.focusSearch,
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [services]);

  return (
    <ServicesProvider services={services}>
      <div className="app">
        <TopBar searchRef={search} />
        {/* Main area first: Tab goes from the top bar to the canvas tools, then the panels (the grid
            places them left, middle and right whatever their order here). */}
        <main className="stage">
          <CanvasToolbar />
          <div className="canvas-area">
            <GraphCanvas />
            <SankeyIfChosen />
            <Legend />
            <ZoomControls />
            <NoticeBanner />
            <FilterBanner />
          </div>
        </main>
        <aside className="sidebar left">
          <Inspector />
          <ScenarioPanel />
        </aside>
        <ShortcutSheet />
        <aside className="sidebar right">
          <ScoreCard />
          <ComparePanel />
          <ProblemsPanel />
          <SupplyPanel />
          <ChokepointList />
          <ConcentrationPanel />
          <DecisionsPanel />
        </aside>
        <StatusBar saved={props.saved} />
      </div>
    </ServicesProvider>
  );
}
