/**
 * Workshop pages: which one the address asks for
 * ===============================================
 *
 * The workshop server serves this same editor build at two kinds of address:
 *
 * - `/join/<joinCode>?team=<team>&name=<name>` (add `&view=read-only` for a link that cannot write):
 *   the editor on that team's live document;
 * - `/facilitator/<room>?key=<secret>` (add `&view=projector` for the read-only projector view, or
 *   `&view=debrief`): the facilitator's dashboard.
 *
 * Anywhere else the editor is the solo editor it always was.
 */

export type WorkshopRoute =
  | { kind: 'join'; joinCode: string; team: string; name: string; readOnly: boolean }
  | { kind: 'facilitator'; room: string; key: string; view: 'dashboard' | 'projector' | 'debrief' };

export function workshopRoute(location: { pathname: string; search: string }): WorkshopRoute | null {
  const params = new URLSearchParams(location.search);
  const join = /\/join\/([^/]+)\/?$/.exec(location.pathname);
  if (join) {
    return {
      kind: 'join',
      joinCode: decodeURIComponent(join[1]!),
      team: params.get('team') ?? '',
      name: params.get('name') ?? '',
      readOnly: params.get('view') === 'read-only',
    };
  }
  const facilitator = /\/facilitator\/([^/]+)\/?$/.exec(location.pathname);
  if (facilitator) {
    const view = params.get('view');
    return {
      kind: 'facilitator',
      room: decodeURIComponent(facilitator[1]!),
      key: params.get('key') ?? '',
      view: view === 'projector' || view === 'debrief' ? view : 'dashboard',
    };
  }
  return null;
}
