import { describe, expect, it } from 'vitest';
import { workshopRoute } from './route.ts';

describe('workshop routes', () => {
  it('reads the join view, the dashboard, the projector and nothing else', () => {
    expect(workshopRoute({ pathname: '/join/K7QX-M2PD-R9TA', search: '?team=red&name=Ann%20B' })).toEqual({
      kind: 'join',
      joinCode: 'K7QX-M2PD-R9TA',
      team: 'red',
      name: 'Ann B',
      readOnly: false,
    });
    expect(
      workshopRoute({ pathname: '/join/abc/', search: '?team=red&name=x&view=read-only' }),
    ).toMatchObject({
      readOnly: true,
    });
    expect(workshopRoute({ pathname: '/facilitator/0123', search: '?key=s3&view=projector' })).toEqual({
      kind: 'facilitator',
      room: '0123',
      key: 's3',
      view: 'projector',
    });
    expect(workshopRoute({ pathname: '/facilitator/0123', search: '?key=s3&view=odd' })).toMatchObject({
      view: 'dashboard',
    });
    expect(workshopRoute({ pathname: '/', search: '' })).toBeNull();
    expect(workshopRoute({ pathname: '/index.html', search: '?team=red' })).toBeNull();
  });
});
