/**
 * The session as files: one ZIP with `session.json` (the server's export as it came), and per team
 * `<team>/model.json` (its chokepoint/v1 model, which the editor and the CLI open) and
 * `<team>/scores.csv` (its score history: time, shock, score, delivered, demand).
 */
import { strToU8, zipSync } from 'fflate';

interface ExportedTeam {
  team: string;
  model: unknown;
  scores: {
    at: number;
    shock: string | null;
    score: number | null;
    delivered: number | null;
    demand: number | null;
  }[];
}

export function sessionZip(exported: Record<string, unknown>): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'session.json': strToU8(`${JSON.stringify(exported, null, 2)}\n`),
  };
  for (const t of (exported.teams ?? []) as ExportedTeam[]) {
    files[`${t.team}/model.json`] = strToU8(`${JSON.stringify(t.model, null, 2)}\n`);
    const rows = t.scores.map((s) =>
      [new Date(s.at).toISOString(), s.shock ?? '', s.score ?? '', s.delivered ?? '', s.demand ?? ''].join(
        ',',
      ),
    );
    files[`${t.team}/scores.csv`] = strToU8(`${['at,shock,score,delivered,demand', ...rows].join('\n')}\n`);
  }
  return zipSync(files, { level: 6 });
}
