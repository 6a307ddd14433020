import { describe, expect, it } from 'vitest';
import { smallChainReport } from '../../test/small-chain-report.ts';
import { reportCsv } from './report-csv.ts';

describe('reportCsv', () => {
  it('writes one row per node with its analysis, quoting where needed', () => {
    const report = smallChainReport();
    report.nodes[0]!.label = 'China, "mining"';
    report.scenario = { id: 'cn-ban', label: 'China bans exports' };
    const lines = reportCsv(report).split('\r\n');
    expect(lines[0]).toBe(
      'id,label,stage,country,throughput,shortfall_if_removed,single_point_of_failure,cuts_off,betweenness,flow_betweenness,scenario',
    );
    expect(lines[1]).toBe(`cn-mine,"China, ""mining""",mining,CN,180,${31 / 36},false,,0,0,cn-ban`);
    expect(lines[3]).toBe(`cn-sep,China — separation,separation,CN,180,${11 / 12},true,wind,0,0,cn-ban`);
    expect(lines[7]).toBe(`ev,EV motors,end-use,,120,${2 / 3},false,,0,0,cn-ban`);
    expect(lines).toHaveLength(1 + 8 + 1); // header, 8 nodes, trailing newline
  });
});
