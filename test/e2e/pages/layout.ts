import type { Page } from 'playwright-core';

/** Labels the user reads: each must show whole, not cut by its box or a container's edge. */
export const LABEL_SELECTORS = [
  '.toolbar button',
  '.toolbar select',
  '.toolbar .pill',
  '.pane-header .pill',
  '.pane-header button',
  '.pane-title',
  '.tab',
  '.grid-filters button',
  '.grid-filters select',
  '.grid-head > span',
  '.grid-row .state-label',
  '.statusbar .status-item',
  '.titlebar .brand',
] as const;

export interface Clipped {
  selector: string;
  text: string;
  why: string;
}

/**
 * Every visible label matching the selectors whose text does not fit its own box, or that
 * reaches past the edge of a container that hides overflow (or past the window).
 */
export async function clippedLabels(page: Page, selectors: readonly string[] = LABEL_SELECTORS): Promise<Clipped[]> {
  return page.evaluate((sels) => {
    const out: { selector: string; text: string; why: string }[] = [];
    const vw = document.documentElement.clientWidth;
    for (const selector of sels) {
      for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
        if (el.closest('.overflow-measure, .visually-hidden, [hidden]')) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        const text = (el.innerText || el.getAttribute('aria-label') || '').trim();
        if (el.scrollWidth > el.clientWidth + 1) out.push({ selector, text, why: `text ${el.scrollWidth}px in a ${el.clientWidth}px box` });
        if (rect.right > vw + 1 || rect.left < -1) out.push({ selector, text, why: `outside the window (${Math.round(rect.left)}–${Math.round(rect.right)} of ${vw})` });
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const style = getComputedStyle(a);
          if (style.overflowX === 'visible') continue;
          const box = a.getBoundingClientRect();
          if (rect.right > box.right + 1 || rect.left < box.left - 1) out.push({ selector, text, why: `cut by ${a.className || a.tagName}` });
          break;
        }
      }
    }
    return out;
  }, selectors);
}
