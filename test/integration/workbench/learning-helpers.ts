import type { Segment } from '../../../shared/types';

/** Every non-empty line as a segment (the CLI's --segmented reading). */
export function lineSegmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start: pos, end: pos + line.length, text: line });
    pos += line.length + 1;
  }
  return out;
}
