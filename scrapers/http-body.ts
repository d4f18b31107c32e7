// Reading a response body under the request's one deadline: a board that drips a byte a second
// is cut off when the deadline passes, not when it pleases, and a body past the cap is refused.
import { readUpTo } from '../lib/read-up-to';
import { HttpError } from './http-errors';

/** A promise that rejects with the signal's reason once it aborts (never resolves). */
export function whenAborted(signal: AbortSignal): { promise: Promise<never>; dispose: () => void } {
  let onAbort = () => undefined as void;
  const promise = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  promise.catch(() => undefined);
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}

/** The decoder for the charset a Content-Type names (ISO-8859-1, windows-1252…), UTF-8 when it
 *  names none or one no decoder knows: a board that says how its text is encoded is read so. */
function decoderFor(contentType: string | null): TextDecoder {
  const label = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

export async function readCapped(res: Response, maxBytes: number, url: string, signal: AbortSignal): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes)
    throw new HttpError(`response larger than ${maxBytes} bytes`, 'too-large', res.status, url);
  if (!res.body) return '';
  const reader = res.body.getReader();
  const aborted = whenAborted(signal);
  try {
    const chunks = await readUpTo(reader, maxBytes, () => Promise.race([reader.read(), aborted.promise]));
    if (!chunks) throw new HttpError(`response larger than ${maxBytes} bytes`, 'too-large', res.status, url);
    return decoderFor(res.headers.get('content-type')).decode(Buffer.concat(chunks));
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    aborted.dispose();
  }
}

/** Sleeps unless the signal aborts first (a run's budget ends a long Retry-After wait too). */
export async function sleepUnless(sleep: (ms: number) => Promise<void>, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return sleep(ms);
  const aborted = whenAborted(signal);
  try {
    await Promise.race([sleep(ms), aborted.promise]);
  } finally {
    aborted.dispose();
  }
}
