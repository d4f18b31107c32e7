// A request Node's parser refuses never reaches a handler: by default Node answers a bare
// "400 Bad Request" with no body and closes. The commonest such request is an address typed with
// raw non-ASCII bytes (`/?q=دبي` sent unencoded by a script or an old client): the reader gets a
// sentence saying what to change, in both languages since the path was never read.
import type { Socket } from 'node:net';

const MESSAGE = [
  'Bad request: the address must be percent-encoded (for example ?q=%D8%AF%D8%A8%D9%8A for ?q=دبي).',
  'طلب غير صالح: يجب ترميز العنوان بالنسبة المئوية (مثلًا ?q=%D8%AF%D8%A8%D9%8A بدلًا من ?q=دبي).',
  '',
].join('\n');

/** Node's own codes for the cases it tells apart; everything else the parser refuses is a 400. */
function statusOf(error: NodeJS.ErrnoException): [number, string, string] {
  if (error.code === 'HPE_HEADER_OVERFLOW') return [431, 'Request Header Fields Too Large', 'Request headers too large.\n'];
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return [408, 'Request Timeout', 'Request timed out.\n'];
  return [400, 'Bad Request', MESSAGE];
}

export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // Reset by the client, or an answer already begun: nothing can be written any more.
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, text] = statusOf(error);
  const body = Buffer.from(text, 'utf8');
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${body.length}\r\n` +
      `x-content-type-options: nosniff\r\ncache-control: no-store\r\nconnection: close\r\n\r\n${body.toString('utf8')}`,
  );
}
