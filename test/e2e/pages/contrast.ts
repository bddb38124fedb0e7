import type { Page } from 'playwright-core';

export interface ContrastResult {
  selector: string;
  ratio: number;
  color: string;
  background: string;
}

/**
 * WCAG contrast of the text of the first element matching each selector against its effective
 * background (the nearest ancestor with an opaque background colour).
 */
export async function textContrast(page: Page, selectors: readonly string[]): Promise<ContrastResult[]> {
  return page.evaluate((sels) => {
    const parse = (c: string): [number, number, number, number] => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return [0, 0, 0, 0];
      const p = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
      return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const out: { selector: string; ratio: number; color: string; background: string }[] = [];
    for (const selector of sels) {
      const el = document.querySelector(selector);
      if (!el) continue;
      const color = getComputedStyle(el).color;
      let bg = 'rgb(255, 255, 255)';
      for (let n: Element | null = el; n; n = n.parentElement) {
        const b = getComputedStyle(n).backgroundColor;
        if (parse(b)[3] >= 0.99) {
          bg = b;
          break;
        }
      }
      const fg = parse(color);
      const back = parse(bg);
      // Blend a translucent text colour onto the background.
      const a = fg[3];
      const blended = [0, 1, 2].map((i) => fg[i]! * a + back[i]! * (1 - a));
      const l1 = lum(blended);
      const l2 = lum(back);
      out.push({ selector, ratio: (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05), color, background: bg });
    }
    return out;
  }, selectors);
}

/** Text the workbench shows all day, checked in both themes. */
export const CONTRAST_SELECTORS = [
  '.brand',
  '.breadcrumb-project',
  '.project-name',
  '.project-meta',
  '.sidebar-title',
  '.pane-title',
  '.pane-meta',
  '.pill',
  '.lang-badge',
  '.button.primary',
  '.button.small:not(.primary)',
  '.tab',
  '.tab.is-on',
  '.chip',
  '.segmented button.is-on',
  '.segmented button:not(.is-on)',
  '.grid-head',
  '.grid-row .gc-text',
  '.gc-num',
  '.kind-tag',
  '.kind-tag.quote',
  '.score-num',
  '.review-label',
  '.review-text',
  '.statusbar',
  '.grid-count',
  '.state-label',
  '.score-none',
  '.flag-overlap',
  'mark.match',
  '.map-legend',
  '.project-description',
] as const;
