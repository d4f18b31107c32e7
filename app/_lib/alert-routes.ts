// The alert routes' shared work: dependencies, the client address, the Origin check, and the
// mapping of a read-only database to 503. Handlers stay thin (app/alerts/**/route.ts).
import type { NextRequest } from 'next/server';
import { alertContext, mailerFromEnv } from '../../alerts/config';
import type { Mailer } from '../../alerts/mailer';
import type { AlertDeps } from '../../alerts/signup';
import { getDb } from '../../db/queries/connection';
import { whenWritable } from './writable';
import { siteNow } from '../../lib/clock';
import { publicOrigin } from '../../lib/env';
import { isSameOriginPost } from '../../lib/same-origin';
import { simplePage, type AlertPage } from '../../lib/alerts/pages';
import { toUiLocale, type UiLocale } from '../../lib/i18n';
import { LOCALE_HEADER } from '../../lib/locale-path';

const CLIENT_HEADER = 'x-raqmi-client';

let mailer: Mailer | undefined;

export function alertDeps(): AlertDeps {
  mailer ??= mailerFromEnv();
  const db = getDb();
  return { db, mailer, ...alertContext(db), now: siteNow() };
}

/**
 * The client as scripts/serve.ts decided it (socket peer, or with RAQMI_TRUST_PROXY=1 the hop
 * the proxy appended), written over whatever the request held; 'unknown' only outside serve.ts.
 */
export function clientAddress(request: NextRequest): string {
  return request.headers.get(CLIENT_HEADER) ?? 'unknown';
}

/** CSRF: a form post must come from a page of this site (lib/same-origin.ts). */
export function isSameOrigin(request: NextRequest): boolean {
  const header = (name: string) => request.headers.get(name);
  return isSameOriginPost(
    { origin: header('origin'), secFetchSite: header('sec-fetch-site'), host: header('host'), forwardedHost: header('x-forwarded-host') },
    publicOrigin(),
  );
}

/** The language of the address the reader opened (`/ar/alerts/…` is Arabic): the language of a
 *  page that has no subscription to take it from (a broken link, a refused form). */
export function requestLocale(request: NextRequest): UiLocale {
  return toUiLocale(request.headers.get(LOCALE_HEADER) ?? undefined);
}

/**
 * An alert link (confirm, manage, unsubscribe) that names no alert it may show: one we signed
 * whose alert is gone says the reader is unsubscribed (200); a forged or malformed one does not
 * work (400). Both in the language of the link's address.
 */
export function refusedLink(request: NextRequest, found: { gone: boolean }): Response {
  return htmlResponse(simplePage(found.gone ? 'gone' : 'badLink', requestLocale(request)));
}

/** 303 to a path of this site: after a form post, so that a reload does not post again. */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { location: path, 'cache-control': 'no-store' } });
}

export function htmlResponse(page: AlertPage, extra: Record<string, string> = {}): Response {
  return new Response(page.html, {
    status: page.status,
    // Pages reached by a token must never be stored by a cache or proxy. No Referrer-Policy of
    // their own: the site's (next.config.js, strict-origin-when-cross-origin) lets the browser send
    // the Origin of these pages' form posts and gives other sites no path, so no token; these
    // pages link and load nothing of another site anyway. `no-referrer` made the browser post
    // `Origin: null`.
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...extra,
    },
  });
}

/**
 * Runs a handler: a read-only database answers 503 (whenWritable, also for a write SQLite
 * refuses); anything else a plain 500 without details.
 */
export async function guarded(run: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await whenWritable(run);
  } catch (error) {
    // Log the kind of failure only: messages can quote the submitted address.
    console.error(`[alerts] ${(error as { code?: string }).code ?? (error as Error).name}`);
    return new Response('Something went wrong.\n', {
      status: 500,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
}
