/**
 * Whether an action's change is something the user made and may take back. Mirrors
 * Excalidraw's CaptureUpdateAction: loading data, selection and UI toggles are `never`;
 * corrections to an alignment are `record`.
 */
export type Capture = 'record' | 'never';

/** Every change to the model is one of these; `reduce` must not mutate its input. */
export interface Action<S> {
  readonly type: string;
  readonly capture: Capture;
  reduce(state: S): S;
  /** Whatever listeners need to replay the edit elsewhere (e.g. the server calls for undo/redo). */
  readonly meta?: unknown;
}

/** How a change came about, so that persistence can tell a user's edit from its undo. */
export type ChangeOrigin = 'do' | 'undo' | 'redo';

export interface Change<S> {
  readonly action: Action<S> | null;
  readonly origin: ChangeOrigin;
  readonly prev: S;
  readonly next: S;
}

interface HistoryEntry<S> {
  readonly action: Action<S>;
  readonly before: S;
  readonly after: S;
}

/**
 * A plain observable model outside React. State is immutable; each `dispatch` replaces it and
 * notifies subscribers once. Recorded actions go on a bounded undo stack; undo restores the
 * recorded slice of state (see `undoScope`) while keeping UI state such as selection.
 */
export class Store<S> {
  private state: S;
  private readonly listeners = new Set<() => void>();
  private readonly changeListeners = new Set<(change: Change<S>) => void>();
  private undoStack: HistoryEntry<S>[] = [];
  private redoStack: HistoryEntry<S>[] = [];

  constructor(
    initial: S,
    /** Merges the undoable part of `from` into `into`: what undo/redo restore. Defaults to the whole state. */
    private readonly undoScope: (into: S, from: S) => S = (_into, from) => from,
    private readonly historyLimit = 500,
  ) {
    this.state = initial;
  }

  getState = (): S => this.state;

  /** React's useSyncExternalStore contract: returns an unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Fires after every change with the action and its origin (persistence hooks in here). */
  onDidChange(listener: (change: Change<S>) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  dispatch(action: Action<S>): void {
    const prev = this.state;
    const next = action.reduce(prev);
    if (next === prev) return;
    if (action.capture === 'record') {
      this.undoStack.push({ action, before: prev, after: next });
      if (this.undoStack.length > this.historyLimit) this.undoStack.shift();
      this.redoStack = [];
    }
    this.commit({ action, origin: 'do', prev, next });
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The label of the action the next undo would take back, for menus and tooltips. */
  get undoLabel(): string | null {
    return this.undoStack.at(-1)?.action.type ?? null;
  }

  get redoLabel(): string | null {
    return this.redoStack.at(-1)?.action.type ?? null;
  }

  /** The action the next undo would take back (its `meta` says how to replay it elsewhere). */
  peekUndo(): Action<S> | null {
    return this.undoStack.at(-1)?.action ?? null;
  }

  peekRedo(): Action<S> | null {
    return this.redoStack.at(-1)?.action ?? null;
  }

  /**
   * Takes back the newest recorded action. By default the recorded slice is restored; `reduce`
   * gives the state instead (when the outcome came back from elsewhere, e.g. the server).
   */
  undo(reduce?: (s: S) => S): boolean {
    const entry = this.undoStack.pop();
    if (!entry) return false;
    this.redoStack.push(entry);
    const prev = this.state;
    this.commit({ action: entry.action, origin: 'undo', prev, next: reduce ? reduce(prev) : this.undoScope(prev, entry.before) });
    return true;
  }

  redo(reduce?: (s: S) => S): boolean {
    const entry = this.redoStack.pop();
    if (!entry) return false;
    this.undoStack.push(entry);
    const prev = this.state;
    this.commit({ action: entry.action, origin: 'redo', prev, next: reduce ? reduce(prev) : this.undoScope(prev, entry.after) });
    return true;
  }

  /** Forgets history, e.g. when another project is opened. */
  clearHistory(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.notify();
  }

  private commit(change: Change<S>): void {
    this.state = change.next;
    for (const l of this.changeListeners) l(change);
    this.notify();
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}

/** Builds an action from a reducer; `capture` defaults to `never` so only real edits are undoable. */
export function action<S>(type: string, reduce: (s: S) => S, capture: Capture = 'never', meta?: unknown): Action<S> {
  return meta === undefined ? { type, capture, reduce } : { type, capture, reduce, meta };
}
