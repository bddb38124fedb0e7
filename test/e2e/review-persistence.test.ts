import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser } from '../support/web';
import { downloaded, unitsIn } from './pages/files';
import { selectByFind } from './pages/keyboard';
import { openDemo, type DemoSession } from './pages/session';
import type { WorkbenchPage } from './pages/workbench';

const FORMATS = ['tmx', 'xliff12', 'xliff21', 'docx', 'html'] as const;

/**
 * Checked work is never lost: every decision, its undo and its redo are in the database
 * before the grid shows them (a reload right after shows the same), the export holds exactly
 * the pairs its dialog counts, and an edit of the original marks the links it touches
 * "needs re-check" instead of dropping them.
 */
describe('checked work survives reloads, undo/redo and edits of the original', () => {
  let session: DemoSession | undefined;
  let browser: Browser;
  let wb: WorkbenchPage;

  beforeAll(async () => {
    session = await openDemo();
    ({ browser, wb } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const page = () => browser.page;
  const row = (german: string) => wb.row(german);

  /** Makes the row's source `russian` and confirms it (relinking with the keyboard if the proposal differs). */
  async function confirmAs(german: string, russian: string): Promise<void> {
    await row(german).click();
    const proposed = await row(german).locator('mark.match').first().innerText().catch(() => '');
    if (proposed === russian && (await wb.stateOf(row(german))) === 'proposed') {
      await wb.focusedGrid.focus();
      await page().keyboard.press('Space');
    } else {
      await wb.editor('source').locator('.view-line').first().click();
      await selectByFind(page(), russian);
      await page().keyboard.press('Control+l');
    }
    await expect.poll(() => wb.stateOf(row(german))).toBe('confirmed');
  }

  /** Opens the export dialog with `statuses` ticked and returns the count it states. */
  async function exportCount(statuses: readonly string[]): Promise<{ n: number; close: () => Promise<void> }> {
    await page().getByTestId('export-button').click();
    const dialog = page().getByTestId('export-dialog');
    for (const s of ['confirmed', 'auto', 'recheck', 'rejected']) {
      const box = dialog.getByTestId(`export-status-${s}`);
      if ((await box.isChecked()) !== statuses.includes(s)) await box.click();
    }
    await expect.poll(() => dialog.getByTestId('export-count').innerText()).toMatch(/^(\d+ pairs?|No pairs)/);
    const text = await dialog.getByTestId('export-count').innerText();
    return {
      n: /^No pairs/.test(text) ? 0 : Number(/^(\d+)/.exec(text)![1]),
      close: () => dialog.getByRole('button', { name: 'Cancel' }).click(),
    };
  }

  /** Exports every format with the dialog's choices and returns the pairs each file holds. */
  async function exportEach(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const format of FORMATS) {
      await page().getByTestId('export-button').click();
      const dialog = page().getByTestId('export-dialog');
      await dialog.locator(`input[name="format"][value="${format}"]`).check();
      const file = await downloaded(page(), () => dialog.getByTestId('export-submit').click());
      out[format] = unitsIn(format, file.bytes);
      await dialog.waitFor({ state: 'detached' });
    }
    return out;
  }

  it('keeps a confirmation, its undo and its redo through reloads, and exports exactly the pairs the dialog counts', async () => {
    await confirmAs('eine erzwungene Maßnahme', 'вынужденной мерой, о которой мы всех заранее предупреждали');
    await wb.reload();
    expect(await wb.stateOf(row('eine erzwungene Maßnahme'))).toBe('confirmed');

    // Undo: the grid shows the row unconfirmed only once the database says so; reload at once.
    await confirmAs('Wir konnten weder', 'Мы не успели ни предупредить людей, ни запастись водой');
    const undoable = await page().getByTestId('undo').isEnabled();
    expect(undoable).toBe(true);
    await wb.focusedGrid.focus();
    await page().keyboard.press('Control+z');
    await expect.poll(() => wb.stateOf(row('Wir konnten weder'))).not.toBe('confirmed');
    const undone = await wb.stateOf(row('Wir konnten weder'));
    await wb.reload();
    expect(await wb.stateOf(row('Wir konnten weder'))).toBe(undone);
    expect(await wb.stateOf(row('eine erzwungene Maßnahme'))).toBe('confirmed');
    let dialog = await exportCount(['confirmed']);
    expect(dialog.n).toBe(1);
    await dialog.close();
    expect(await exportEach()).toEqual({ tmx: 1, xliff12: 1, xliff21: 1, docx: 1, html: 1 });

    // Redo: the same, the other way.
    await confirmAs('Wir konnten weder', 'Мы не успели ни предупредить людей, ни запастись водой');
    await wb.focusedGrid.focus();
    await page().keyboard.press('Control+z');
    await expect.poll(() => wb.stateOf(row('Wir konnten weder'))).not.toBe('confirmed');
    await page().keyboard.press('Control+y');
    await expect.poll(() => wb.stateOf(row('Wir konnten weder'))).toBe('confirmed');
    await wb.reload();
    expect(await wb.stateOf(row('Wir konnten weder'))).toBe('confirmed');
    dialog = await exportCount(['confirmed']);
    expect(dialog.n).toBe(2);
    await dialog.close();
    expect(await exportEach()).toEqual({ tmx: 2, xliff12: 2, xliff21: 2, docx: 2, html: 2 });
  });

  it('names the exported XLIFF .xlf and says what was written where', async () => {
    await page().getByTestId('export-button').click();
    const dialog = page().getByTestId('export-dialog');
    await dialog.locator('input[name="format"][value="xliff12"]').check();
    const file = await downloaded(page(), () => dialog.getByTestId('export-submit').click());
    expect(file.name).toMatch(/^Demo[^.]*\.xlf$/);
    const notice = page().getByTestId('notice').filter({ hasText: file.name });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/2 pairs written to .*downloads/);
  });

  it('keeps the original read-only until "Edit original"; an edit marks the touched link "needs re-check" with old and new text, through a reload', async () => {
    const before = await wb.visibleText('source');
    await wb.editor('source').locator('.view-line').nth(4).click();
    for (const k of ['Space', 'Delete', 'Backspace', 'x', 'Enter']) await page().keyboard.press(k);
    expect(await wb.visibleText('source')).toBe(before);
    expect(await page().getByTestId('source-mode').innerText()).toBe('read-only');
    expect(await page().getByTestId('statusbar').innerText()).not.toContain('Saved');

    await page().getByTestId('edit-original').click();
    await page().getByTestId('edit-banner').waitFor();
    expect(await page().getByTestId('source-mode').innerText()).toBe('editing');
    await wb.editor('source').locator('.view-line').first().click();
    await selectByFind(page(), 'вынужденной');
    await page().keyboard.type('неизбежной');
    await expect.poll(() => page().getByTestId('statusbar').innerText()).toContain('Saved');
    const edited = row('eine erzwungene Maßnahme');
    await expect.poll(() => wb.stateOf(edited)).toBe('recheck');
    expect(await edited.locator('del').innerText()).toContain('вынужденной мерой');
    expect(await edited.locator('ins').innerText()).toContain('неизбежной мерой');

    await wb.reload();
    expect(await wb.stateOf(edited)).toBe('recheck');
    expect(await edited.locator('del').innerText()).toContain('вынужденной мерой');
    expect(await wb.visibleText('source')).toContain('неизбежной мерой');
    // A reload leaves the original read-only again.
    expect(await page().getByTestId('source-mode').innerText()).toBe('read-only');
    await edited.click();
    await page().getByTestId('review-recheck').waitFor();
    // Two pairs were confirmed; the one to re-check is exported only when asked for.
    let dialog = await exportCount(['confirmed']);
    expect(dialog.n).toBe(1);
    await dialog.close();
    // Every link whose Russian words changed waits for a look, proposals included.
    const toRecheck = await wb.grid.locator('[role="row"][data-state="recheck"]').count();
    expect(toRecheck).toBeGreaterThanOrEqual(1);
    dialog = await exportCount(['recheck']);
    expect(dialog.n).toBe(toRecheck);
    await dialog.close();

    // Confirming keeps the link with the new words.
    await edited.click();
    await wb.focusedGrid.focus();
    await page().keyboard.press('Space');
    await expect.poll(() => wb.stateOf(edited)).toBe('confirmed');
    await wb.reload();
    expect(await wb.stateOf(edited)).toBe('confirmed');
    expect(await edited.locator('mark.match').first().innerText()).toContain('неизбежной мерой');
  });

  it('logged no console errors', () => {
    expect(browser.errors).toEqual([]);
  });
});
