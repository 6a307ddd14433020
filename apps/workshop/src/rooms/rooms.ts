/**
 * Rooms, teams and who may open what
 * ==================================
 *
 * A room is one workshop: a starting model, a join code for participants, a facilitator secret and
 * the current shock. A team's document is named `<room>/<team>` and starts as a copy of the room's
 * model. Joining by code issues a token bound to one team's document (read-write, or read-only);
 * the facilitator's secret opens every team's document read-only. All of it is kept in SQLite, so
 * a restarted server honours the tokens it issued before.
 */
import type { Model, Scenario } from '@chokepoint/core';
import type { Db } from '../store/database.ts';
import { type Control, NO_CONTROL } from './control.ts';
import {
  hashSecret,
  newJoinCode,
  newRoomId,
  newSecret,
  normalizeJoinCode,
  secretMatches,
} from './secrets.ts';

/** Team names: letters, digits, `-` and `_`, 1–40 characters (they appear in URLs and test ids). */
export const TEAM_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
/** A room refuses teams past this many (the workshops have 5–15). */
export const MAX_TEAMS = 50;

/** The shock in force: one scenario id for every team, with per-team overrides. */
export interface Shock {
  all: string | null;
  teams: Record<string, string | null>;
}

export interface Room {
  id: string;
  joinCode: string;
  model: Model;
  /** The teams fixed at creation, or null when any valid team name may join. */
  teams: string[] | null;
  shock: Shock;
  /** Countdown, freeze, broadcast message, debrief (control.ts). */
  control: Control;
  created: number;
}

export interface Grant {
  room: string;
  team: string;
  name: string;
  readOnly: boolean;
}

export class RoomError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface RoomRow {
  id: string;
  join_code: string;
  secret_hash: string;
  model: string;
  teams: string | null;
  shock: string;
  created: number;
  control: string | null;
}

export class Rooms {
  private readonly cache = new Map<string, Room>();

  constructor(private readonly db: Db) {}

  create(model: Model, teams: string[] | null): { room: Room; secret: string } {
    for (const t of teams ?? []) checkTeamName(t);
    if (teams !== null && (teams.length > MAX_TEAMS || new Set(teams).size !== teams.length))
      throw new RoomError(400, `teams must be at most ${MAX_TEAMS} distinct names`);
    const secret = newSecret();
    const room: Room = {
      id: newRoomId(),
      joinCode: newJoinCode(),
      model,
      teams,
      shock: { all: null, teams: {} },
      control: NO_CONTROL,
      created: Date.now(),
    };
    this.db
      .prepare(
        'INSERT INTO rooms (id, join_code, secret_hash, model, teams, shock, created) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        room.id,
        room.joinCode,
        hashSecret(secret),
        JSON.stringify(model),
        teams === null ? null : JSON.stringify(teams),
        JSON.stringify(room.shock),
        room.created,
      );
    this.cache.set(room.id, room);
    return { room, secret };
  }

  get(id: string): Room | undefined {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const row = this.db.prepare('SELECT * FROM rooms WHERE id = ?').get(id) as RoomRow | undefined;
    if (!row) return undefined;
    const room = fromRow(row);
    this.cache.set(id, room);
    return room;
  }

  /**
   * 'ok' for the facilitator's secret, 'projector' for a projector key of the room (read-only), or
   * why it does not open the room (the HTTP layer maps it to 401/403/404).
   */
  checkSecret(id: string, secret: string | null): 'ok' | 'projector' | 'missing' | 'wrong' | 'no-room' {
    const row = this.db.prepare('SELECT secret_hash FROM rooms WHERE id = ?').get(id) as
      | { secret_hash: string }
      | undefined;
    if (!row) return 'no-room';
    if (secret === null || secret === '') return 'missing';
    if (secretMatches(secret, row.secret_hash)) return 'ok';
    const projector = this.db
      .prepare("SELECT 1 FROM tokens WHERE token_hash = ? AND room = ? AND team = '*'")
      .get(hashSecret(secret), id);
    return projector ? 'projector' : 'wrong';
  }

  /** A key that shows the room's dashboard and nothing else: the projector's read-only link. */
  projectorKey(roomId: string): string {
    const key = newSecret();
    this.db
      .prepare(
        'INSERT INTO tokens (token_hash, room, team, name, read_only, created) VALUES (?, ?, ?, ?, 1, ?)',
      )
      .run(hashSecret(key), roomId, '*', 'projector', Date.now());
    return key;
  }

  /** Joins a team (creating it on first join) and issues a token for its document. */
  join(joinCode: string, team: string, name: string, readOnly: boolean): { grant: Grant; token: string } {
    const row = this.db.prepare('SELECT * FROM rooms WHERE join_code = ?').get(normalizeJoinCode(joinCode)) as
      | RoomRow
      | undefined;
    if (!row) throw new RoomError(404, 'no room has this join code');
    const room = this.get(row.id)!;
    checkTeamName(team);
    if (typeof name !== 'string' || name.trim() === '' || name.length > 80)
      throw new RoomError(400, '"name" must be a non-empty string of at most 80 characters');
    const known = this.teams(room.id);
    if (room.teams !== null && !room.teams.includes(team))
      throw new RoomError(404, `no team "${team}" in this room (teams: ${room.teams.join(', ')})`);
    if (!known.includes(team)) {
      if (known.length >= MAX_TEAMS) throw new RoomError(409, `this room is full (${MAX_TEAMS} teams)`);
      this.db
        .prepare('INSERT INTO teams (room, team, created) VALUES (?, ?, ?)')
        .run(room.id, team, Date.now());
    }
    const token = newSecret();
    this.db
      .prepare(
        'INSERT INTO tokens (token_hash, room, team, name, read_only, created) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(hashSecret(token), room.id, team, name.trim(), readOnly ? 1 : 0, Date.now());
    return { grant: { room: room.id, team, name: name.trim(), readOnly }, token };
  }

  /** Teams that have joined, in joining order. */
  teams(roomId: string): string[] {
    const rows = this.db
      .prepare('SELECT team FROM teams WHERE room = ? ORDER BY created, team')
      .all(roomId) as {
      team: string;
    }[];
    return rows.map((r) => r.team);
  }

  /**
   * Who the token lets open `documentName`, or a refusal: a participant's token opens its own team's
   * document only; the room's facilitator secret opens each of its teams' documents, read-only.
   */
  authorize(token: string, documentName: string): { readOnly: boolean; name: string } {
    const doc = parseDocumentName(documentName);
    if (!doc) throw new RoomError(403, 'not a team document');
    const row = this.db
      .prepare('SELECT room, team, name, read_only FROM tokens WHERE token_hash = ?')
      .get(hashSecret(token)) as { room: string; team: string; name: string; read_only: number } | undefined;
    if (row) {
      // A projector key (team '*') shows the dashboard only: it opens no document.
      if (row.room !== doc.room || row.team !== doc.team) throw new RoomError(403, 'not your team');
      return { readOnly: row.read_only === 1, name: row.name };
    }
    if (this.checkSecret(doc.room, token) === 'ok' && this.teams(doc.room).includes(doc.team)) {
      return { readOnly: true, name: 'facilitator' };
    }
    throw new RoomError(401, 'unknown token');
  }

  setControl(roomId: string, control: Control): void {
    this.get(roomId)!.control = control;
    this.db.prepare('UPDATE rooms SET control = ? WHERE id = ?').run(JSON.stringify(control), roomId);
  }

  /** The grant a participant token carries, or null for an unknown token. */
  grantOf(token: string): Grant | null {
    const row = this.db
      .prepare("SELECT room, team, name, read_only FROM tokens WHERE token_hash = ? AND team <> '*'")
      .get(hashSecret(token)) as { room: string; team: string; name: string; read_only: number } | undefined;
    return row ? { room: row.room, team: row.team, name: row.name, readOnly: row.read_only === 1 } : null;
  }

  setShock(roomId: string, scenario: string | null, team: string | null): Shock {
    const room = this.get(roomId)!;
    if (scenario !== null && !(room.model.scenarios ?? []).some((s) => s.id === scenario)) {
      const known = (room.model.scenarios ?? []).map((s) => s.id);
      throw new RoomError(
        400,
        `the room's model has no scenario "${scenario}" (scenarios: ${known.join(', ') || 'none'})`,
      );
    }
    if (team !== null && !this.teams(roomId).includes(team)) throw new RoomError(404, `no team "${team}"`);
    const shock: Shock =
      team === null
        ? { all: scenario, teams: {} }
        : { all: room.shock.all, teams: { ...room.shock.teams, [team]: scenario } };
    room.shock = shock;
    this.db.prepare('UPDATE rooms SET shock = ? WHERE id = ?').run(JSON.stringify(shock), roomId);
    return shock;
  }

  /** The scenario in force for one team, or null. */
  shockFor(roomId: string, team: string): Scenario | null {
    const room = this.get(roomId);
    if (!room) return null;
    const id = team in room.shock.teams ? room.shock.teams[team]! : room.shock.all;
    return id === null ? null : ((room.model.scenarios ?? []).find((s) => s.id === id) ?? null);
  }
}

export function documentName(room: string, team: string): string {
  return `${room}/${team}`;
}

export function parseDocumentName(name: string): { room: string; team: string } | null {
  const m = /^([0-9a-f]{18})\/([A-Za-z0-9][A-Za-z0-9_-]{0,39})$/.exec(name);
  return m ? { room: m[1]!, team: m[2]! } : null;
}

function checkTeamName(team: unknown): void {
  if (typeof team !== 'string' || !TEAM_NAME.test(team))
    throw new RoomError(
      400,
      `team ${JSON.stringify(team)} is not a valid team name (letters, digits, "-" and "_", at most 40)`,
    );
}

function fromRow(row: RoomRow): Room {
  return {
    id: row.id,
    joinCode: row.join_code,
    model: JSON.parse(row.model) as Model,
    teams: row.teams === null ? null : (JSON.parse(row.teams) as string[]),
    shock: JSON.parse(row.shock) as Shock,
    control: row.control ? (JSON.parse(row.control) as Control) : NO_CONTROL,
    created: row.created,
  };
}
