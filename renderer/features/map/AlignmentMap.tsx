import { useEffect, useRef } from 'react';
import { useApp, useT, useWorkbench } from '../../state/hooks';
import { rowTone, type AlignRow } from '../alignment/types';

const TONE_VAR: Record<ReturnType<typeof rowTone>, string> = {
  auto: '--tone-auto',
  confirmed: '--tone-confirmed',
  rejected: '--tone-rejected',
  nosource: '--tone-nosource',
};

/**
 * The dot-plot: Russian sentence index across, German sentence index down. Sentence beads
 * draw the alignment path; quotations are rings on it. A bend or a gap in the path is where a
 * translator looks first. Drawn on a canvas (10,000 beads stay cheap); click jumps to the
 * nearest row. The grid is the accessible equivalent.
 */
export function AlignmentMap() {
  const wb = useWorkbench();
  const t = useT();
  const align = useApp((s) => s.align);
  const selected = useApp((s) => s.selectedRow);
  const theme = useApp((s) => s.settings.theme);
  const canvas = useRef<HTMLCanvasElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const layout = useRef<{ x: (i: number) => number; y: (j: number) => number; rows: readonly AlignRow[] } | null>(null);

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
      const pad = 28;
      const ns = Math.max(1, data.sourceSegments.length);
      const nt = Math.max(1, data.targetSegments.length);
      const x = (i: number) => pad + ((i + 0.5) / ns) * (W - pad - 10);
      const y = (j: number) => 10 + ((j + 0.5) / nt) * (H - pad - 10);
      layout.current = { x, y, rows: data.rows };
      g.clearRect(0, 0, W, H);
      // Frame and the diagonal a full translation would follow.
      g.strokeStyle = color('--border');
      g.lineWidth = 1;
      g.strokeRect(pad - 0.5, 9.5, W - pad - 9, H - pad - 9);
      g.setLineDash([4, 4]);
      g.beginPath();
      g.moveTo(pad, 10);
      g.lineTo(W - 10, H - pad);
      g.stroke();
      g.setLineDash([]);
      g.fillStyle = color('--text-muted');
      g.font = '11px system-ui, sans-serif';
      g.fillText(`RU → (${data.sourceSegments.length})`, pad, H - 8);
      g.save();
      g.translate(12, 10);
      g.rotate(Math.PI / 2);
      g.fillText(`DE → (${data.targetSegments.length})`, 0, 0);
      g.restore();
      // The path through the sentence beads.
      g.strokeStyle = color('--tone-auto');
      g.globalAlpha = 0.5;
      g.beginPath();
      let started = false;
      for (const r of data.rows) {
        if (r.kind !== 'sentence' || !r.sourceSegs.length || !r.targetSegs.length) continue;
        const px = x((r.sourceSegs[0]! + r.sourceSegs.at(-1)!) / 2);
        const py = y((r.targetSegs[0]! + r.targetSegs.at(-1)!) / 2);
        if (started) g.lineTo(px, py);
        else g.moveTo(px, py);
        started = true;
      }
      g.stroke();
      g.globalAlpha = 1;
      const dot = Math.max(2, Math.min(5, 300 / Math.sqrt(ns * nt)));
      for (const r of data.rows) {
        if (!r.sourceSegs.length || !r.targetSegs.length) continue;
        g.fillStyle = color(TONE_VAR[rowTone(r)]);
        g.strokeStyle = g.fillStyle;
        const px = x((r.sourceSegs[0]! + r.sourceSegs.at(-1)!) / 2);
        const py = y((r.targetSegs[0]! + r.targetSegs.at(-1)!) / 2);
        g.beginPath();
        if (r.kind === 'quote') {
          g.lineWidth = 1.5;
          g.arc(px, py, dot + 3, 0, Math.PI * 2);
          g.stroke();
        } else {
          g.arc(px, py, dot, 0, Math.PI * 2);
          g.fill();
        }
      }
      // German sentences without a source: ticks on the left edge.
      g.fillStyle = color('--tone-nosource');
      for (const r of data.rows) if (r.kind === 'sentence' && !r.sourceSegs.length && r.targetSegs.length) g.fillRect(pad - 6, y(r.targetSegs[0]!) - 1, 5, 2);
      const sel = data.rows.find((r) => r.id === selected);
      if (sel && sel.sourceSegs.length && sel.targetSegs.length) {
        g.strokeStyle = color('--focus');
        g.lineWidth = 2;
        g.beginPath();
        g.arc(x(sel.sourceSegs[0]!), y(sel.targetSegs[0]!), dot + 7, 0, Math.PI * 2);
        g.stroke();
      }
    };
    draw();
    const ro = new ResizeObserver(draw);
    ro.observe(w);
    return () => ro.disconnect();
  }, [align, selected, theme]);

  if (align.status !== 'ready') return null;
  return (
    <div ref={wrap} className="map-wrap" data-testid="alignment-map">
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('map.label')}
        onClick={(e) => {
          const l = layout.current;
          if (!l) return;
          const rect = e.currentTarget.getBoundingClientRect();
          const mx = e.clientX - rect.left;
          const my = e.clientY - rect.top;
          let best: AlignRow | null = null;
          let bd = Infinity;
          for (const r of l.rows) {
            if (!r.sourceSegs.length || !r.targetSegs.length) continue;
            const d = (l.x(r.sourceSegs[0]!) - mx) ** 2 + (l.y(r.targetSegs[0]!) - my) ** 2;
            if (d < bd) {
              bd = d;
              best = r;
            }
          }
          if (best && bd < 40 * 40) wb.select(best.id, 'map');
        }}
      />
    </div>
  );
}
