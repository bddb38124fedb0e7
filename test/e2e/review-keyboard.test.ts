import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { type Browser } from '../support/web';
import { focusIn, selectByFind, tabTo } from './pages/keyboard';
import { openDemo, type DemoSession } from './pages/session';
import type { WorkbenchPage } from './pages/workbench';

const samples = path.join(repoRoot, 'electron', 'resources', 'samples');
const russian = fs.readFileSync(path.join(samples, 'demo-oped.ru.txt'), 'utf8');

/**
 * What each quotation of the demo renders, as its author knows (the texts were written for
 * the demo): the Russian words, or null when the op-ed does not contain it. The review below
 * reaches this state whatever the aligner proposed.
 */
const ANSWERS: readonly [german: string, russian: string | null][] = [
  ['Sewerny Westnik', null],
  ['Der Fluss, den wir teilen', 'Река, которую мы делим'],
  ['Das Wasser gehört uns allen', 'вода у нас общая, а решения почему-то принимаются порознь'],
  ['eine erzwungene Maßnahme', 'вынужденной мерой, о которой мы всех заранее предупреждали'],
  ['Wasserfrieden', 'водным миром'],
  ['Wir konnten weder', 'Мы не успели ни предупредить людей, ни запастись водой'],
  ['von Jahr zu Jahr verschoben', 'откладывали из года в год'],
  ['Wir brauchen keinen neuen Vertrag', 'Нам не нужен новый договор. Нам нужно, чтобы старый выполнялся.'],
  ['Die Kommission trifft sich', null],
  ['Wir haben schon schlimmere', null],
  ['Der Fluss weiß nicht', 'Река не знает, где проходит граница района.'],
];

function answerFor(german: string): string | null | undefined {
  // The headline's „Wasserfrieden“ is the same term as the body's.
  return ANSWERS.find(([de]) => german.includes(de))?.[1];
}

describe('keyboard only: reviewing ten quotations of the demo without the mouse', () => {
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

  const keys = (k: string) => browser.page.keyboard.press(k);
  const selectedGerman = async () => (await wb.selectedRow.locator('.gc-text[lang="de"]').innerText()).replace(/^(Quote|Title|Term)\s*/, '');

  /** After a reload: into the grid with Tab, on to the next row still to review with U. */
  async function nextOpenAfterReload(): Promise<void> {
    await wb.reload();
    await tabTo(browser.page, 'grid');
    await keys('u');
    await wb.selectedRow.waitFor();
  }

  /** Keyboard relink: Shift+Tab into the Russian text, find the words, Ctrl+L, Tab back to the grid. */
  async function relinkTo(text: string): Promise<void> {
    await tabTo(browser.page, 'editor-source', { back: true });
    await selectByFind(browser.page, text);
    expect(await focusIn(browser.page)).toBe('editor-source');
    await keys('Control+l');
    await tabTo(browser.page, 'grid');
  }

  it('Tab moves through the read-only texts instead of typing into them', async () => {
    await tabTo(browser.page, 'editor-target');
    await keys('Tab');
    // Out of the German text at once: Tab is not a character there.
    expect(await focusIn(browser.page)).not.toBe('editor-target');
    await tabTo(browser.page, 'editor-source');
    for (const k of ['Space', 'Delete', 'Home', 'x']) await keys(k);
    await keys('Tab');
    expect(await focusIn(browser.page)).not.toBe('editor-source');
    await expect(wb.visibleText('source')).resolves.toContain('Река, которую мы делим');
  });

  it('confirms, rejects, marks absent and relinks ten quotations, each surviving a reload', async () => {
    await nextOpenAfterReload();
    let rejected = false;
    const done: string[] = [];
    for (let k = 0; k < 10; k++) {
      const german = await selectedGerman();
      const answer = answerFor(german);
      if (answer === undefined) throw new Error(`the demo has no quotation starting ${german}`);
      const id = (await wb.selectedRow.getAttribute('data-row-id'))!;
      const row = wb.grid.locator(`[data-row-id="${id}"]`);
      if (answer === null) {
        await keys('a');
        await expect.poll(() => wb.stateOf(row)).toBe('confirmedAbsent');
      } else {
        let state = await wb.stateOf(row);
        if (!rejected && state === 'proposed') {
          // One rejection on the way: R, reload, still rejected, then the right words.
          await keys('r');
          await expect.poll(() => wb.stateOf(row)).toBe('rejected');
          await wb.reload();
          await tabTo(browser.page, 'grid');
          await keys('/');
          await browser.page.keyboard.type(german.slice(0, 24));
          await keys('Enter');
          await keys('Home');
          expect(await wb.stateOf(wb.selectedRow)).toBe('rejected');
          rejected = true;
          state = 'rejected';
        }
        const proposedWords = state === 'proposed' ? await wb.selectedRow.locator('mark.match').first().innerText() : null;
        if (proposedWords === answer) await keys('Control+Enter');
        else await relinkTo(answer);
        await expect.poll(() => wb.stateOf(row)).toBe('confirmed');
        await expect.poll(() => row.locator('mark.match').first().innerText()).toBe(answer);
      }
      done.push(id);
      // Every decision is in the database: a reload shows it, and the review goes on with U.
      await nextOpenAfterReload();
      for (const d of done) expect(await wb.stateOf(wb.grid.locator(`[data-row-id="${d}"]`)), d).toMatch(/^confirmed/);
    }
    expect(rejected).toBe(true);
    expect(done).toHaveLength(10);
    expect(new Set(done).size).toBe(10);
    expect(await wb.count('confirmed')).toBeGreaterThanOrEqual(10);
  });

  it('never touched the original: the Russian text is the op-ed as written, and read-only', async () => {
    const view = await browser.page.evaluate(async () => {
      const list = await (await fetch('/api/projects.list', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
      const demo = list.value.find((p: { name: string }) => p.name.startsWith('Demo'));
      const res = await fetch('/api/workbench.view', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ projectId: demo.id }) });
      return res.json();
    });
    expect(view.value.source.text).toBe(russian);
    expect(await browser.page.getByTestId('source-mode').innerText()).toBe('read-only');
  });

  it('opens the shortcut sheet with F1 and with ?, listing the review keys', async () => {
    await tabTo(browser.page, 'grid');
    await keys('F1');
    const sheet = browser.page.getByTestId('shortcut-sheet');
    await sheet.waitFor();
    for (const k of ['Ctrl+Enter', 'Ctrl+U', 'Ctrl+L', 'F1']) expect(await sheet.innerText()).toContain(k);
    await keys('Escape');
    await sheet.waitFor({ state: 'detached' });
    await tabTo(browser.page, 'grid');
    await keys('Shift+?');
    await sheet.waitFor();
    await keys('Escape');
  });

  it('logged no console errors', () => {
    expect(browser.errors).toEqual([]);
  });
});
