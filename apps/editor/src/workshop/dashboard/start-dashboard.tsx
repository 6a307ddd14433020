/**
 * `/facilitator/<room>?key=<secret>[&view=projector|debrief]`: the dashboard page.
 */
import { createRoot } from 'react-dom/client';
import type { WorkshopRoute } from '../route.ts';
import { DashboardApi } from './api.ts';
import { Dashboard } from './Dashboard.tsx';
import '../../app/app.css';
import './dashboard.css';

export function startDashboard(root: HTMLElement, route: Extract<WorkshopRoute, { kind: 'facilitator' }>) {
  document.title = route.view === 'projector' ? 'Workshop – projector' : 'Workshop – facilitator';
  createRoot(root).render(<Dashboard api={new DashboardApi(route.room, route.key)} view={route.view} />);
}
