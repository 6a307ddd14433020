/**
 * One stage's country shares as a stacked bar, drawn in SVG: segments in the graph's country colours,
 * a tick at the EU Critical Raw Materials Act's 65% line, codes written in segments wide enough.
 */
import type { CountryShare } from '@chokepoint/core';

export const CRMA_LINE = 0.65;

export function ShareBar(props: {
  shares: readonly CountryShare[];
  color(country: string): string;
  width?: number;
}) {
  const width = props.width ?? 260;
  const height = 18;
  let x = 0;
  const segments = props.shares.map((s) => {
    const w = s.share * width;
    const seg = { country: s.country, share: s.share, x, w };
    x += w;
    return seg;
  });
  return (
    <svg
      className="share-bar"
      width="100%"
      viewBox={`0 0 ${width} ${height + 6}`}
      role="img"
      aria-label={props.shares.map((s) => `${s.country} ${Math.round(s.share * 100)}%`).join(', ')}
    >
      <rect x={0} y={0} width={width} height={height} rx={3} fill="#eef1f5" />
      {segments.map((s) => (
        <g key={s.country}>
          <rect x={s.x} y={0} width={Math.max(0, s.w - 1)} height={height} fill={props.color(s.country)}>
            <title>
              {s.country}: {(s.share * 100).toFixed(1)}%
            </title>
          </rect>
          {s.w >= 26 ? (
            <text x={s.x + 4} y={height - 5} className="share-label">
              {s.country}
            </text>
          ) : null}
        </g>
      ))}
      <line x1={CRMA_LINE * width} x2={CRMA_LINE * width} y1={-1} y2={height + 5} className="crma-line" />
    </svg>
  );
}
