import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Icon } from './Icon';

/** One action of a toolbar that may move into the "More" menu when the bar is too narrow. */
export interface BarItem {
  id: string;
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Tooltip (with the shortcut). */
  title?: string;
  /** For toggles: shown as aria-pressed in the bar and a check in the menu. */
  pressed?: boolean;
  /** Higher stays visible longer. */
  priority: number;
  /** Starts the group pushed to the right end of the bar. */
  end?: boolean;
  /** A small mark before the label (a state icon). */
  icon?: ReactNode;
  testId?: string;
  ariaKeys?: string;
}

const GAP = 6;

/**
 * A row of buttons that never clips a label: every item is measured once per label (in a
 * hidden copy of the bar); those that do not fit go, lowest priority first, into a "More"
 * menu at the end. Works the same for every interface language and window width.
 */
export function OverflowBar({ items, moreLabel, testId }: { items: readonly BarItem[]; moreLabel: string; testId?: string }) {
  const host = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [open, setOpen] = useState(false);
  const labels = items.map((i) => `${i.id}:${i.label}`).join('|');
  const itemsNow = useRef(items);
  itemsNow.current = items;

  const layout = useCallback(() => {
    const items = itemsNow.current;
    const h = host.current;
    const m = measure.current;
    if (!h || !m) return;
    const widths = new Map<string, number>();
    for (const el of Array.from(m.children) as HTMLElement[]) widths.set(el.dataset['item']!, el.offsetWidth);
    const moreW = (m.querySelector('[data-more]') as HTMLElement | null)?.offsetWidth ?? 40;
    const avail = h.clientWidth;
    const need = (ids: readonly BarItem[]) => ids.reduce((w, i) => w + (widths.get(i.id) ?? 0) + GAP, 0);
    const next = new Set<string>();
    if (need(items) > avail) {
      const byPriority = [...items].sort((a, b) => a.priority - b.priority);
      let shown = [...items];
      for (const it of byPriority) {
        if (need(shown) + moreW + GAP <= avail) break;
        next.add(it.id);
        shown = shown.filter((x) => x !== it);
      }
    }
    setHidden((prev) => (prev.size === next.size && [...next].every((x) => prev.has(x)) ? prev : next));
    // Measured again when a label changes (another language) or the bar is resized.
  }, [labels]);

  useLayoutEffect(layout, [layout]);
  useEffect(() => {
    const h = host.current;
    if (!h) return;
    const ro = new ResizeObserver(layout);
    ro.observe(h);
    return () => ro.disconnect();
  }, [layout]);

  const visible = items.filter((i) => !hidden.has(i.id));
  const overflow = items.filter((i) => hidden.has(i.id));
  const firstEnd = visible.find((i) => i.end);

  return (
    <div className="overflow-bar" ref={host} data-testid={testId}>
      {/* The hidden copy every item is measured in. */}
      <div className="overflow-measure" ref={measure} aria-hidden="true" inert>
        {items.map((i) => (
          <span key={i.id} data-item={i.id} className="button small">
            {i.icon}
            {i.label}
          </span>
        ))}
        <span data-item="__more" data-more className="button small">
          {moreLabel} ▾
        </span>
      </div>
      {visible.map((i) => (
        <button
          key={i.id}
          type="button"
          className={`button small${i.pressed !== undefined ? ' toggle' : ''}${i === firstEnd ? ' bar-end' : ''}`}
          disabled={i.disabled}
          aria-pressed={i.pressed}
          title={i.title}
          aria-keyshortcuts={i.ariaKeys}
          data-testid={i.testId}
          onClick={i.onSelect}
        >
          {i.icon}
          {i.label}
        </button>
      ))}
      {overflow.length > 0 && (
        <span className={`more-wrap${firstEnd ? '' : ' bar-end'}`}>
          <button
            ref={moreButton}
            type="button"
            className="button small"
            aria-haspopup="menu"
            aria-expanded={open}
            data-testid="toolbar-more"
            onClick={() => setOpen((v) => !v)}
          >
            <Icon name="more" />
            {moreLabel}
          </button>
          {open && <Menu items={overflow} onClose={() => setOpen(false)} anchor={moreButton} />}
        </span>
      )}
    </div>
  );
}

/** The "More" menu: arrow keys move, Enter or Space runs, Escape and a click outside close. */
function Menu({ items, onClose, anchor }: { items: readonly BarItem[]; onClose: () => void; anchor: React.RefObject<HTMLButtonElement | null> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    (ref.current?.querySelector('[role^="menuitem"]:not([disabled])') as HTMLElement | null)?.focus();
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node) && !anchor.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [onClose, anchor]);
  const close = () => {
    onClose();
    anchor.current?.focus();
  };
  return (
    <div
      ref={ref}
      className="menu"
      role="menu"
      data-testid="toolbar-menu"
      onKeyDown={(e) => {
        const all = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([disabled])') ?? []);
        const i = all.indexOf(document.activeElement as HTMLElement);
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          all[(i + (e.key === 'ArrowDown' ? 1 : -1) + all.length) % all.length]?.focus();
        } else if (e.key === 'Escape' || e.key === 'Tab') {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
    >
      {items.map((i) => (
        <button
          key={i.id}
          type="button"
          role={i.pressed !== undefined ? 'menuitemcheckbox' : 'menuitem'}
          aria-checked={i.pressed}
          className="menu-item"
          disabled={i.disabled}
          title={i.title}
          data-testid={i.testId}
          onClick={() => {
            close();
            i.onSelect();
          }}
        >
          <span className="menu-check" aria-hidden="true">
            {i.pressed ? '✓' : ''}
          </span>
          {i.icon}
          {i.label}
        </button>
      ))}
    </div>
  );
}
