/**
 * Entry of the workshop pages (loaded only at /join/… and /facilitator/…, so the solo editor does not
 * carry the sync client).
 */
import type { WorkshopRoute } from './route.ts';

export async function startWorkshopPage(root: HTMLElement, route: WorkshopRoute): Promise<void> {
  if (route.kind === 'join') {
    const { startJoin } = await import('./start-join.tsx');
    return startJoin(root, route);
  }
  const { startDashboard } = await import('./dashboard/start-dashboard.tsx');
  return startDashboard(root, route);
}
