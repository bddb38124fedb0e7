import type { Page } from 'playwright-core';

/** What has the keyboard focus, in terms the review tests speak of. */
export async function focusIn(page: Page): Promise<'grid' | 'editor-source' | 'editor-target' | 'search' | 'other'> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'other';
    if (el.closest('[data-keys="grid"]')) return 'grid';
    if (el.closest('[data-testid="editor-source"]')) return 'editor-source';
    if (el.closest('[data-testid="editor-target"]')) return 'editor-target';
    if (el.id === 'grid-search') return 'search';
    return 'other';
  });
}

/** Presses Tab (or Shift+Tab) until the focus is where `want` says; fails after `max` presses. */
export async function tabTo(page: Page, want: Awaited<ReturnType<typeof focusIn>>, opts: { back?: boolean; max?: number } = {}): Promise<number> {
  const max = opts.max ?? 80;
  for (let k = 0; k < max; k++) {
    if ((await focusIn(page)) === want) return k;
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${want} in ${max} presses`);
}

/**
 * Selects `text` in the focused (read-only) Monaco editor with its find widget, keyboard
 * only: Ctrl+F, type, Enter, Escape (the match stays selected).
 */
export async function selectByFind(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+f');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}
