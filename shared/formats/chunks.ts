/** A writer's chunks as one string (each writer streams chunks; tests and small exports want the whole). */
export function joinChunks(chunks: Iterable<string>): string {
  let s = '';
  for (const c of chunks) s += c;
  return s;
}
