import { describe, expect, it } from 'vitest';
import { action, Store, type Change } from '../../renderer/state/store';

interface S {
  links: readonly string[];
  selection: number;
}

const initial = (): S => Object.freeze({ links: Object.freeze(['a', 'b']), selection: 0 });
const addLink = (id: string) => action<S>(`link/add ${id}`, (s) => ({ ...s, links: [...s.links, id] }), 'record');
const select = (i: number) => action<S>('select', (s) => ({ ...s, selection: i }));
// Undo restores links only; the selection is the user's place and stays where it is.
const scope = (into: S, from: S): S => ({ ...into, links: from.links });

describe('Store', () => {
  it('records only actions captured for undo, and undo/redo restore the recorded slice', () => {
    const store = new Store<S>(initial(), scope);
    store.dispatch(addLink('c'));
    store.dispatch(select(2));
    expect(store.getState()).toEqual({ links: ['a', 'b', 'c'], selection: 2 });
    expect(store.canUndo).toBe(true);
    expect(store.undoLabel).toBe('link/add c');

    expect(store.undo()).toBe(true);
    expect(store.getState()).toEqual({ links: ['a', 'b'], selection: 2 });
    expect(store.canUndo).toBe(false);
    expect(store.undo()).toBe(false);

    expect(store.redo()).toBe(true);
    expect(store.getState()).toEqual({ links: ['a', 'b', 'c'], selection: 2 });
  });

  it('never mutates the state it was given', () => {
    const start = initial();
    const store = new Store<S>(start, scope);
    store.dispatch(addLink('x'));
    store.undo();
    expect(start).toEqual({ links: ['a', 'b'], selection: 0 });
  });

  it('clears the redo stack on a new recorded edit', () => {
    const store = new Store<S>(initial(), scope);
    store.dispatch(addLink('c'));
    store.undo();
    store.dispatch(addLink('d'));
    expect(store.canRedo).toBe(false);
    expect(store.getState().links).toEqual(['a', 'b', 'd']);
  });

  it('notifies subscribers once per change and not for a no-op', () => {
    const store = new Store<S>(initial(), scope);
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.dispatch(select(1));
    store.dispatch(action<S>('noop', (s) => s));
    expect(calls).toBe(1);
    off();
    store.dispatch(select(2));
    expect(calls).toBe(1);
  });

  it('reports the origin of each change so persistence can tell edits from undo', () => {
    const store = new Store<S>(initial(), scope);
    const seen: Change<S>['origin'][] = [];
    store.onDidChange((c) => seen.push(c.origin));
    store.dispatch(addLink('c'));
    store.undo();
    store.redo();
    expect(seen).toEqual(['do', 'undo', 'redo']);
  });

  it('keeps at most the history limit', () => {
    const store = new Store<S>(initial(), scope, 3);
    for (const id of ['1', '2', '3', '4', '5']) store.dispatch(addLink(id));
    let undone = 0;
    while (store.undo()) undone++;
    expect(undone).toBe(3);
    expect(store.getState().links).toEqual(['a', 'b', '1', '2']);
  });

  it('lets undo and redo take their outcome from elsewhere (the server) and shows the next entry first', () => {
    const store = new Store<S>(initial(), scope);
    store.dispatch(action<S>('link/add c', (s) => ({ ...s, links: [...s.links, 'c'] }), 'record', { server: 'restore c' }));
    expect(store.peekUndo()?.meta).toEqual({ server: 'restore c' });
    expect(store.peekRedo()).toBeNull();
    expect(store.undo((s) => ({ ...s, links: ['as', 'stored'] }))).toBe(true);
    expect(store.getState().links).toEqual(['as', 'stored']);
    expect(store.peekRedo()?.type).toBe('link/add c');
    expect(store.redo((s) => ({ ...s, links: [...s.links, 'again'] }))).toBe(true);
    expect(store.getState().links).toEqual(['as', 'stored', 'again']);
  });
});
