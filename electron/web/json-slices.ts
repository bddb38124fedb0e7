/** Array elements stringified per turn of the event loop. */
const SLICE = 1000;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * `JSON.stringify(value)`, in turns of the event loop: a long array (a book-length alignment's
 * links and segments) is written a slice at a time, so that answering a large request does not
 * block the main thread for the whole of it (a 9,000-pair view takes a few hundred
 * milliseconds to stringify at once). The text is the same as `JSON.stringify` gives.
 */
export async function stringifyInSlices(value: unknown): Promise<string> {
  const out: string[] = [];
  await write(value, out);
  return out.join('');
}

async function write(v: unknown, out: string[]): Promise<void> {
  if (Array.isArray(v) && v.length > SLICE) {
    out.push('[');
    for (let i = 0; i < v.length; i += SLICE) {
      // "[a,b]" without its brackets; holes and undefined become null as in JSON.stringify.
      out.push((i > 0 ? ',' : '') + JSON.stringify(v.slice(i, i + SLICE)).slice(1, -1));
      await nextTurn();
    }
    out.push(']');
    return;
  }
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== 'function' && Object.getPrototypeOf(v) === Object.prototype) {
    out.push('{');
    let first = true;
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
      out.push(`${first ? '' : ','}${JSON.stringify(k)}:`);
      first = false;
      await write(x, out);
    }
    out.push('}');
    return;
  }
  out.push(JSON.stringify(v) ?? 'null');
}
