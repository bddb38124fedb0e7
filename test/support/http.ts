import net from 'node:net';

/** What came back on a raw connection: the status (0 when the server closed without answering) and the bytes. */
export interface RawResponse {
  status: number;
  text: string;
  /** True when the client gave up waiting (the server neither answered nor closed). */
  timedOut: boolean;
}

/**
 * Writes `bytes` to a fresh TCP connection to 127.0.0.1:`port` exactly as given (so request
 * lines, targets and headers can be malformed in ways no HTTP client would send) and collects
 * the answer until the server closes or `timeoutMs` passes. `halfClose` ends the client's side
 * right after writing, as a client that gives up would (Node then drops responses still pending).
 */
export function rawRequest(port: number, bytes: string | Buffer, opts: { timeoutMs?: number; halfClose?: boolean } = {}): Promise<RawResponse> {
  const timeoutMs = opts.timeoutMs ?? 3000;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const socket = net.connect({ port, host: '127.0.0.1' });
    const finish = (timedOut: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : 0, text, timedOut });
    };
    const timer = setTimeout(() => finish(true), timeoutMs);
    socket.on('connect', () => (opts.halfClose ? socket.end(bytes) : socket.write(bytes)));
    socket.on('data', (d: Buffer) => {
      chunks.push(d);
      // One response is all a test needs; do not wait for keep-alive to time out.
      const text = Buffer.concat(chunks).toString('latin1');
      const head = text.indexOf('\r\n\r\n');
      const len = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, head));
      if (head >= 0 && len && text.length - head - 4 >= Number(len[1])) finish(false);
    });
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
  });
}
