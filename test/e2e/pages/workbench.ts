import type { Locator, Page } from 'playwright-core';

/** Monaco renders spaces as U+00A0 and only the visible lines; compare on normalised text. */
export function normaliseEditorText(s: string): string {
  return s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Page model of the workbench shell: sidebar project list, the two panes, dialogs. */
export class WorkbenchPage {
  constructor(readonly page: Page) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  get projectList(): Locator {
    return this.page.getByTestId('project-list');
  }

  get projectItems(): Locator {
    return this.page.getByTestId('project-item');
  }

  projectItem(name: string): Locator {
    return this.projectItems.filter({ has: this.page.locator('.project-name', { hasText: name }) });
  }

  async openProject(name: string): Promise<void> {
    await this.projectItem(name).locator('button.project-open').click();
    await this.projectView.waitFor();
  }

  get projectView(): Locator {
    return this.page.getByTestId('project-view');
  }

  get breadcrumb(): Locator {
    return this.page.getByTestId('breadcrumb');
  }

  editor(side: 'target' | 'source'): Locator {
    return this.page.getByTestId(`editor-${side}`);
  }

  /** Waits until Monaco has mounted in the pane and rendered at least one line. */
  async waitForEditor(side: 'target' | 'source'): Promise<void> {
    await this.editor(side).locator('.monaco-editor .view-lines .view-line').first().waitFor();
  }

  /** The text Monaco shows (visible lines only). */
  async visibleText(side: 'target' | 'source'): Promise<string> {
    return normaliseEditorText(await this.editor(side).locator('.view-lines').innerText());
  }

  get sourceInvite(): Locator {
    return this.page.getByTestId('source-invite');
  }

  /** Dispatches a real paste event carrying `text` at the invitation (no clipboard permission needed). */
  async pasteIntoSource(text: string): Promise<void> {
    await this.sourceInvite.focus();
    await this.sourceInvite.evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  async createProject(name: string): Promise<void> {
    await this.page.getByTestId('new-project').click();
    const dialog = this.page.getByTestId('create-project-dialog');
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  get grid(): Locator {
    return this.page.getByTestId('alignment-grid');
  }

  get gridRows(): Locator {
    return this.grid.locator('[role="row"]');
  }

  get selectedRow(): Locator {
    return this.grid.locator('[role="row"][aria-selected="true"]');
  }

  /** Waits for the alignment to finish and the grid to show rows. */
  async waitForAlignment(): Promise<void> {
    await this.gridRows.first().waitFor({ timeout: 60_000 });
    // Sentence pairs come first; the quotations follow while the progress bar shows.
    await this.page.getByTestId('align-progress').waitFor({ state: 'detached', timeout: 60_000 });
  }

  get review(): Locator {
    return this.page.getByTestId('review-panel');
  }

  async filterKind(kind: 'All' | 'Quotes' | 'Sentences'): Promise<void> {
    await this.grid.getByRole('radio', { name: kind }).click();
  }

  get statusCounts(): Locator {
    return this.page.getByTestId('status-counts');
  }

  /** The grid's status filter: 'all', 'open' (still to review) or a state. */
  async filterState(state: string): Promise<void> {
    await this.grid.getByTestId('filter-state').selectOption(state);
  }

  async search(text: string): Promise<void> {
    await this.grid.getByTestId('grid-search').fill(text);
  }

  /** The row showing `text` in either language (the grid must show it: filters may hide it). */
  row(text: string): Locator {
    return this.gridRows.filter({ hasText: text });
  }

  /** A row's state as the grid shows it (data-state: proposed, confirmedAbsent, recheck, ...). */
  async stateOf(row: Locator): Promise<string | null> {
    return row.getAttribute('data-state');
  }

  get focusedGrid(): Locator {
    return this.grid.locator('[role="grid"]');
  }

  /** Reloads the page and waits until the open project's grid is back. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.gridRows.first().waitFor({ timeout: 60_000 });
  }

  /** Waits until the status bar's number before `label` (e.g. 'confirmed') is `n`. */
  async count(label: string): Promise<number> {
    const m = new RegExp(`(\\d+) ${label}`).exec(await this.statusCounts.innerText());
    return m ? Number(m[1]) : NaN;
  }
}
