/** Every form a leaked secret could take: as is, its distinctive middle, UTF-16 and base64. */
export function needles(secret: string): Buffer[] {
  const middle = secret.slice(8, 8 + 16);
  return [secret, middle].flatMap((s) => [Buffer.from(s, 'utf8'), Buffer.from(s, 'utf16le'), Buffer.from(Buffer.from(s).toString('base64'), 'utf8')]);
}

export function containsSecret(haystack: Buffer | string, secret: string): boolean {
  const buf = typeof haystack === 'string' ? Buffer.from(haystack, 'utf8') : haystack;
  return needles(secret).some((n) => buf.includes(n));
}
