import { runAlignment, type EngineInput } from './engine';

export type EngineMessage =
  | { type: 'progress'; progress: number; label: string }
  | { type: 'partial'; data: ReturnType<typeof runAlignment> }
  | { type: 'done'; data: ReturnType<typeof runAlignment> }
  | { type: 'error'; message: string };

self.onmessage = (e: MessageEvent<EngineInput>) => {
  const post = (m: EngineMessage) => self.postMessage(m);
  try {
    const data = runAlignment(
      e.data,
      (progress, label) => post({ type: 'progress', progress, label }),
      (partial) => post({ type: 'partial', data: partial }),
    );
    post({ type: 'done', data });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
