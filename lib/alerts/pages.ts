// The small pages the alert routes answer with: plain HTML, no script, in the page's language.
// They never show the address.
import { localDigits, type UiLocale } from '../i18n';
import { pageMessages, type PageMessages } from './page-messages';
import { pageDocument } from './page-chrome';
import { escapeHtml, link } from './render';
import { viewLabel, viewLabelWithoutSearchText } from './view';
import { SITE_NAME, type Frequency } from './messages';
import { localePath } from '../locale-path';
import { confirmPath, managePath, unsubscribePath } from './links';

export type AlertPage = { status: number; html: string };

// Tap targets of at least 24 × 24 px (WCAG 2.2 SC 2.5.8), as on the site's pages: these pages are
// documents without the site's stylesheet (page-chrome.ts has the header's part of it), and a
// bare link, radio or button is smaller.
const PAGE_STYLE = [
  'a{display:inline-block;min-height:24px;min-width:24px}',
  "input[type='radio']{width:1.5rem;height:1.5rem;vertical-align:middle}",
  'button{min-height:2.5rem;padding:.5rem .9rem;font-size:1rem}',
].join('');

/**
 * The listing of a view (a canonical one, lib/alerts/view.ts), in `locale`: a path of this site
 * whose query lib/filters wrote, never a form's or a link's text as it came.
 */
const viewPath = (locale: UiLocale, view: string) => localePath(locale, view ? `/?${view}` : '/');

/**
 * `switchPath`: where the header's language switch leads (siteHeader), the jobs unless the page has
 * an address of its own. `view`: the listing "Back to the jobs" returns to (the sign-up's).
 */
function page(locale: UiLocale, status: number, title: string, body: string, switchPath = '/', view = ''): AlertPage {
  const m = pageMessages(locale);
  return {
    status,
    html: pageDocument(
      locale,
      `${title} — ${SITE_NAME[locale]}`,
      `<h1>${escapeHtml(title)}</h1>\n${body}\n<p>${link(viewPath(locale, view), escapeHtml(m.backToJobs))}</p>`,
      switchPath,
      PAGE_STYLE,
    ),
  };
}

const para = (text: string) => `<p>${escapeHtml(text)}</p>`;

type Simple =
  | 'invalidEmail'
  | 'signUpInvalid'
  | 'signUpTooLarge'
  | 'forbidden'
  | 'badLink'
  | 'gone'
  | 'unsubscribed'
  | 'saveForbidden'
  | 'saveInvalid'
  | 'saveTooLarge';
type Text = { [K in keyof PageMessages]: PageMessages[K] extends string ? K : never }[keyof PageMessages];
// A refused Save is titled for what the reader tried (a change), not a sign-up; its text says why.
const SIMPLE: Record<Simple, { status: number; title: Text; text: Text }> = {
  invalidEmail: { status: 400, title: 'invalidEmailTitle', text: 'invalidEmail' },
  signUpInvalid: { status: 400, title: 'forbiddenTitle', text: 'signUpInvalid' },
  signUpTooLarge: { status: 413, title: 'forbiddenTitle', text: 'signUpTooLarge' },
  forbidden: { status: 403, title: 'forbiddenTitle', text: 'forbidden' },
  badLink: { status: 400, title: 'badLinkTitle', text: 'badLink' },
  // A link we signed whose alert no longer exists: not an error, the reader is unsubscribed.
  gone: { status: 200, title: 'goneTitle', text: 'gone' },
  unsubscribed: { status: 200, title: 'unsubscribedTitle', text: 'unsubscribed' },
  saveForbidden: { status: 403, title: 'saveRefusedTitle', text: 'forbidden' },
  saveInvalid: { status: 400, title: 'saveRefusedTitle', text: 'saveInvalid' },
  saveTooLarge: { status: 413, title: 'saveRefusedTitle', text: 'saveTooLarge' },
};

/** `view`: for a refused sign-up, the canonical view of the form it came from (canonicalView). */
export function simplePage(kind: Simple, locale: UiLocale, view = ''): AlertPage {
  const m = pageMessages(locale);
  // "Unsubscribed" has an address of its own (lib/alerts/links.ts unsubscribedPath), where the button leads.
  const switchPath = kind === 'unsubscribed' ? '/alerts/unsubscribed' : '/';
  return page(locale, SIMPLE[kind].status, m[SIMPLE[kind].title], para(m[SIMPLE[kind].text]), switchPath, view);
}

/** "14:00" of a UTC time, in the reader's digits ("١٤:٠٠"). */
const utcClock = (ms: number, locale: UiLocale) => localDigits(new Date(ms).toISOString().slice(11, 16), locale);

/** A sign-up over the per-client limit: counted since `since`, open again at `until` (UTC); `view` as for simplePage. */
export function rateLimitedPage(locale: UiLocale, since: number, until: number, view = ''): AlertPage {
  const m = pageMessages(locale);
  return page(locale, 429, m.rateLimitedTitle, para(m.rateLimited(utcClock(since, locale), utcClock(until, locale))), '/', view);
}

/** Where a sign-up to `view` lands ("check your inbox"), language-neutral: the view rides along. */
export const sentPath = (view: string) => `/alerts/sent${view ? `?${view}` : ''}`;

/** `view`: the listing signed up for, which "Back to the jobs" and the language switch keep. */
export function checkInboxPage(locale: UiLocale, outbox: boolean, view = ''): AlertPage {
  const m = pageMessages(locale);
  return page(locale, 200, m.checkInboxTitle, para(m.checkInbox) + (outbox ? para(m.checkOutbox) : ''), sentPath(view), view);
}

/**
 * GET of the confirmation link: the alert and a button whose POST confirms. Mail scanners open
 * every link in a mail; only a person presses the button. The view is named without its search
 * text: the sign-up may be a stranger's (lib/alerts/view.ts).
 */
export function confirmPage(locale: UiLocale, token: string, view: string, frequency: Frequency): AlertPage {
  const m = pageMessages(locale);
  const button = `<form method="post" action="${escapeHtml(confirmPath(locale, token))}"><button type="submit">${escapeHtml(m.confirmButton)}</button></form>`;
  return page(
    locale,
    200,
    m.confirmTitle,
    para(m.confirmAsk(viewLabelWithoutSearchText(view, locale), frequency)) + button + para(m.confirmIgnore),
  );
}

/** The confirmation link once confirmed; named like the page before it, without search text. */
export function confirmedPage(locale: UiLocale, view: string): AlertPage {
  const m = pageMessages(locale);
  return page(
    locale,
    200,
    m.confirmedTitle,
    para(m.confirmed(viewLabelWithoutSearchText(view, locale))) + `<p>${link(viewPath(locale, view), escapeHtml(m.seeView))}</p>`,
  );
}

function frequencyForm(locale: UiLocale, token: string, frequency: string): string {
  const m = pageMessages(locale);
  const option = (value: 'daily' | 'weekly') =>
    `<label><input type="radio" name="frequency" value="${value}"${value === frequency ? ' checked' : ''}> ${escapeHtml(m[value])}</label>`;
  return `<form method="post" action="${escapeHtml(managePath(locale, token))}"><fieldset><legend>${escapeHtml(m.frequencyLabel)}</legend>${option('daily')} ${option('weekly')}</fieldset><button type="submit">${escapeHtml(m.save)}</button></form>`;
}

/**
 * GET of an unsubscribe or manage link: nothing changes until a button is pressed (link scanners
 * open links). `saved`: the manage page Save redirects to (savedPath) opens with a status line
 * saying how often the mail now comes. It reads the stored alert, so it stays true when the
 * `saved` of the address was typed by hand and nothing was saved.
 */
export function managePage(
  locale: UiLocale,
  kind: 'unsubscribe' | 'manage',
  token: string,
  view: string,
  frequency: string,
  saved = false,
): AlertPage {
  const m = pageMessages(locale);
  const unsubscribe = `<form method="post" action="${escapeHtml(unsubscribePath(locale, token))}"><button type="submit">${escapeHtml(m.unsubscribeButton)}</button></form>`;
  const frequencyName = m.frequencyNames[frequency] ?? frequency;
  const current = para(m.current(viewLabel(view, locale), frequencyName));
  const status = saved ? `<p role="status">${escapeHtml(m.saved(frequencyName))}</p>` : '';
  return kind === 'unsubscribe'
    ? page(locale, 200, m.unsubscribeTitle, `${current}${unsubscribe}${para(m.orChange)}${frequencyForm(locale, token, frequency)}`)
    : page(locale, 200, m.manageTitle, `${status}${current}${frequencyForm(locale, token, frequency)}${unsubscribe}`);
}
