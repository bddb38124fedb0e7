import { useEffect, useRef } from 'react';
import { useApp, useT, useWorkbench } from '../../state/hooks';
import { STATE_LABEL, StateIcon } from '../alignment/StateBadge';
import { ROW_STATES, rowState, type AlignRow, type RowState } from '../../state/rows/types';

/** The CSS colour of each state (the grid's and the editors'). */
const STATE_VAR: Record<RowState, string> = {
  proposed: '--state-proposed',
  proposedAbsent: '--state-absent-proposed',
  confirmed: '--state-confirmed',
  confirmedAbsent: '--state-absent-confirmed',
  rejected: '--state-rejected',
  recheck: '--state-recheck',
};

/** Width of the lane on the left where German text without a Russian source is drawn. */
const LANE = 26;

interface Layout {
  /** Russian sentence index -> x; German sentence index -> y. */
  x: (i: number) => number;
  y: (j: number) => number;
  laneX: number;
  rows: readonly AlignRow[];
}

/** Where a row is drawn: on the plot (it has a Russian source) or in the lane (it has none). */
function placeOf(r: AlignRow, l: Layout): { x: number; y: number } | null {
  if (!r.targetSegs.length) return null;
  const y = l.y((r.targetSegs[0]! + r.targetSegs.at(-1)!) / 2);
  if (!r.source || !r.sourceSegs.length) return { x: l.laneX, y };
  return { x: l.x((r.sourceSegs[0]! + r.sourceSegs.at(-1)!) / 2), y };
}

/**
 * The dot-plot: Russian sentences across, German sentences down, both axes named. Sentence
 * beads draw the alignment path; quotations are rings on it. German text with no source in
 * the original (proposed or confirmed) sits in a lane of its own on the left, so that it is
 * seen rather than left out. A legend names colours and shapes. Drawn on a canvas (10,000
 * beads stay cheap); click jumps to the nearest row. The grid is the accessible equivalent.
 */
export function AlignmentMap() {
  const wb = useWorkbench();
  const t = useT();
  const align = useApp((s) => s.align);
  const selected = useApp((s) => s.selectedRow);
  const theme = useApp((s) => s.settings.theme);
  const canvas = useRef<HTMLCanvasElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const layout = useRef<Layout | null>(null);
  const ns = align.status === 'ready' ? align.data.sourceSegments.length : 0;
  const nt = align.status === 'ready' ? align.data.targetSegments.length : 0;
  const axisRu = t('map.axisRu', { n: ns });
  const axisDe = t('map.axisDe', { n: nt });
  const laneLabel = t('map.lane');

  useEffect(() => {
    const c = canvas.current;
    const w = wrap.current;
    if (!c || !w || align.status !== 'ready') return;
    const draw = () => {
      const { data } = align;
      const dpr = window.devicePixelRatio || 1;
      const W = w.clientWidth;
      const H = w.clientHeight;
      c.width = Math.max(1, Math.floor(W * dpr));
      c.height = Math.max(1, Math.floor(H * dpr));
      c.style.width = `${W}px`;
      c.style.height = `${H}px`;
      const g = c.getContext('2d');
      if (!g) return;
      g.setTransform(dpr, 0, 0, dpr, 0, 0);
      const css = getComputedStyle(w);
      const color = (v: string) => css.getPropertyValue(v).trim() || '#888';
      const left = 22 + LANE + 8; // axis title, lane, gap
      const top = 10;
      const bottom = 30;
      const right = 10;
      const plotW = Math.max(10, W - left - right);
      const plotH = Math.max(10, H - top - bottom);
      const nS = Math.max(1, ns);
      const nT = Math.max(1, nt);
      const x = (i: number) => left + ((i + 0.5) / nS) * plotW;
      const y = (j: number) => top + ((j + 0.5) / nT) * plotH;
      const laneX = 22 + LANE / 2;
      const l: Layout = { x, y, laneX, rows: data.rows };
      layout.current = l;
      g.clearRect(0, 0, W, H);
      // Plot frame, the diagonal a full translation would follow, and the lane.
      g.strokeStyle = color('--border');
      g.lineWidth = 1;
      g.strokeRect(left - 0.5, top - 0.5, plotW + 1, plotH + 1);
      g.setLineDash([4, 4]);
      g.beginPath();
      g.moveTo(left, top);
      g.lineTo(left + plotW, top + plotH);
      g.stroke();
      g.strokeRect(22 + 0.5, top - 0.5, LANE - 1, plotH + 1);
      g.setLineDash([]);
      g.fillStyle = color('--text-muted');
      g.font = '11px system-ui, sans-serif';
      g.textBaseline = 'alphabetic';
      g.fillText(`${axisRu} →`, left, H - 10);
      g.fillText(laneLabel, 22, H - 10);
      g.save();
      g.translate(14, top);
      g.rotate(Math.PI / 2);
      g.fillText(`${axisDe} →`, 0, 0);
      g.restore();
      // The path through the sentence beads.
      g.strokeStyle = color('--state-proposed');
      g.globalAlpha = 0.45;
      g.beginPath();
      let started = false;
      for (const r of data.rows) {
        if (r.kind !== 'sentence' || !r.sourceSegs.length || !r.targetSegs.length || !r.source) continue;
        const p = placeOf(r, l)!;
        if (started) g.lineTo(p.x, p.y);
        else g.moveTo(p.x, p.y);
        started = true;
      }
      g.stroke();
      g.globalAlpha = 1;
      const dot = Math.max(2, Math.min(5, 300 / Math.sqrt(nS * nT)));
      for (const r of data.rows) {
        const p = placeOf(r, l);
        if (!p) continue;
        g.fillStyle = color(STATE_VAR[rowState(r)]);
        g.strokeStyle = g.fillStyle;
        g.beginPath();
        if (r.kind === 'quote') {
          g.lineWidth = 1.5;
          g.arc(p.x, p.y, dot + 3, 0, Math.PI * 2);
          g.stroke();
        } else {
          g.arc(p.x, p.y, dot, 0, Math.PI * 2);
          g.fill();
        }
      }
      const sel = data.rows.find((r) => r.id === selected);
      const sp = sel ? placeOf(sel, l) : null;
      if (sp) {
        g.strokeStyle = color('--focus');
        g.lineWidth = 2;
        g.beginPath();
        g.arc(sp.x, sp.y, dot + 7, 0, Math.PI * 2);
        g.stroke();
      }
    };
    draw();
    const ro = new ResizeObserver(draw);
    ro.observe(w);
    return () => ro.disconnect();
  }, [align, selected, theme, ns, nt, axisRu, axisDe, laneLabel]);

  if (align.status !== 'ready') return null;
  const present = new Set(align.data.rows.map(rowState));
  // How many rows the lane holds: German text with no Russian source, drawn rather than left out.
  const inLane = align.data.rows.filter((r) => r.targetSegs.length > 0 && !r.source).length;
  return (
    <div className="map-frame" data-testid="alignment-map">
      <div ref={wrap} className="map-wrap">
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${t('map.label')} ${axisRu}; ${axisDe}.`}
          data-lane-rows={inLane}
          onClick={(e) => {
            const l = layout.current;
            if (!l) return;
            const rect = e.currentTarget.getBoundingClientRect();
            const mx = e.clientX - rect.left;
            const my = e.clientY - rect.top;
            let best: AlignRow | null = null;
            let bd = Infinity;
            for (const r of l.rows) {
              const p = placeOf(r, l);
              if (!p) continue;
              const d = (p.x - mx) ** 2 + (p.y - my) ** 2;
              if (d < bd) {
                bd = d;
                best = r;
              }
            }
            if (best && bd < 40 * 40) wb.select(best.id, 'map');
          }}
        />
      </div>
      <ul className="map-legend" aria-label={t('map.legend')} data-testid="map-legend">
        {ROW_STATES.filter((s) => present.has(s)).map((s) => (
          <li key={s} className={`state state-${s}`}>
            <StateIcon state={s} />
            {t(STATE_LABEL[s])}
          </li>
        ))}
        <li>
          <span className="legend-dot" aria-hidden="true" />
          {t('map.legendSentence')}
        </li>
        <li>
          <span className="legend-ring" aria-hidden="true" />
          {t('map.legendQuote')}
        </li>
        <li>
          <span className="legend-lane" aria-hidden="true" />
          {t('map.legendLane')}
        </li>
      </ul>
    </div>
  );
}
