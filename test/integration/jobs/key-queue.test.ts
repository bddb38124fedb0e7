import { describe, expect, it } from 'vitest';
import { KeyQueue } from '../../../electron/services/jobs/key-queue';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('KeyQueue', () => {
  it('runs tasks of one key in turn (also after a failure) and tasks of other keys at once', async () => {
    const q = new KeyQueue();
    const log: string[] = [];
    const a1 = deferred();
    const b1 = deferred();
    const first = q.run('project:1', async () => {
      log.push('a1 start');
      await a1.promise;
      log.push('a1 end');
      throw new Error('a1 failed');
    });
    const second = q.run('project:1', async () => {
      log.push('a2 start');
      return 'a2';
    });
    const other = q.run('project:2', async () => {
      log.push('b1 start');
      await b1.promise;
      return 'b1';
    });
    await tick();
    // The other project's task started while the first is still running; the second waits.
    expect(log).toEqual(['a1 start', 'b1 start']);
    a1.resolve();
    await expect(first).rejects.toThrow('a1 failed');
    expect(await second).toBe('a2');
    expect(log).toEqual(['a1 start', 'b1 start', 'a1 end', 'a2 start']);
    b1.resolve();
    expect(await other).toBe('b1');
  });
});
