import type { AlignmentData } from './types';
import type { EngineInput } from './engine';
import type { EngineMessage } from './engine.worker';
import EngineWorker from './engine.worker?worker';

/** A running alignment that can be cancelled (the worker is terminated). */
export interface AlignJob {
  result: Promise<AlignmentData>;
  cancel(): void;
}

export class AlignCancelled extends Error {
  constructor() {
    super('Alignment cancelled');
  }
}

/**
 * Aligns in a Web Worker with shared/align. When the alignment channels land in the contract
 * this is the one place that switches to them (see the workbench report).
 */
export function startAlignment(input: EngineInput, onProgress: (p: number, label: string) => void, onPartial: (data: AlignmentData) => void = () => {}): AlignJob {
  const worker = new EngineWorker();
  let settle: { reject: (e: Error) => void } | null = null;
  const result = new Promise<AlignmentData>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (e: MessageEvent<EngineMessage>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m.progress, m.label);
      else if (m.type === 'partial') onPartial(m.data);
      else {
        worker.terminate();
        if (m.type === 'done') resolve(m.data);
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'The alignment worker failed.'));
    };
    worker.postMessage(input);
  });
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle?.reject(new AlignCancelled());
    },
  };
}
