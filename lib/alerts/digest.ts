// A digest mail: at most 50 jobs of a subscription's view, newest first, with a link to the
// whole view, one-click unsubscribe headers (RFC 8058) and a manage link. Pure: the caller
// supplies the jobs, the links' origin and the signed tokens.
import { formatNumber, dict, type UiLocale } from '../i18n';
import { mailMessages, SITE_NAME, type Frequency } from './messages';
import { cleanText, htmlDocument, link, scraped, escapeHtml } from './render';
import { viewLabelWithoutSearchText, viewLabel } from './view';
import { engagementShort } from '../view-title';
import { localePath } from '../locale-path';
import { confirmPath, managePath, unsubscribePath } from './links';
import type { Engagement, Workplace } from '../taxonomy';
import { formatPay, type Pay } from '../pay';
import { placeText } from '../place/display';

export const MAX_DIGEST_JOBS = 50;

export type DigestJob = {
  publicId: string;
  title: string;
  company: string;
  /** The board's place and pay text, shown only where nothing was decided from it. */
  location: string;
  workplace: Workplace;
  engagement: Engagement;
  salary: string | null;
  /** The decided place and pay (taxonomy §7), said in the mail's language as the site says them. */
  country: string | null;
  city: string | null;
  pay: Pay | null;
};

export type AlertLinks = { origin: string; unsubscribeToken: string; manageToken: string };

export type MailContent = { subject: string; html: string; text: string; headers: Record<string, string> };

/** The mail's unsubscribe and manage links, in the subscription's language (`/ar/alerts/…`). */
export function alertUrls(links: AlertLinks, locale: UiLocale): { unsubscribe: string; manage: string } {
  return {
    unsubscribe: `${links.origin}${unsubscribePath(locale, links.unsubscribeToken)}`,
    manage: `${links.origin}${managePath(locale, links.manageToken)}`,
  };
}

/** The headers every alert mail carries: one-click unsubscribe on the public origin. */
export function unsubscribeHeaders(links: AlertLinks, locale: UiLocale): Record<string, string> {
  return { 'List-Unsubscribe': `<${alertUrls(links, locale).unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/** The view on the site, in the subscription's language (`/ar?…` for Arabic). */
export function viewUrl(origin: string, view: string, locale: UiLocale): string {
  return `${origin}${localePath(locale, view ? `/?${view}` : '/')}`;
}

export function digestSubject(count: number, view: string, locale: UiLocale): string {
  const m = mailMessages(locale);
  return `${m.newJobs(count, formatNumber(count, locale))}${dict(locale).sep}${viewLabel(view, locale)} — ${SITE_NAME[locale]}`;
}

/** The known facts of a job, labelled, in display order; unknown ones left out. Pay and place as
 *  the site's cards show them (posting-card.tsx, company-place.tsx): decided ones in the mail's
 *  language, the board's own text only where nothing was decided. */
function facts(job: DigestJob, locale: UiLocale): [string, string][] {
  const m = mailMessages(locale);
  const t = dict(locale);
  const out: [string, string][] = [];
  if (cleanText(job.company)) out.push([m.company, job.company]);
  if (job.workplace !== 'unknown') out.push([m.workplace, t.workplaces[job.workplace]]);
  if (job.engagement !== 'unknown') out.push([m.engagement, engagementShort(locale)[job.engagement]]);
  const pay = job.pay ? formatPay(job.pay, locale) : job.salary;
  if (pay && cleanText(pay)) out.push([m.pay, pay]);
  const place = placeText(job, locale)?.text;
  if (place && cleanText(place)) out.push([m.place, place]);
  return out;
}

const jobUrl = (origin: string, job: DigestJob, locale: UiLocale) =>
  `${origin}${localePath(locale, `/jobs/${encodeURIComponent(job.publicId)}`)}`;

function footer(locale: UiLocale, frequency: Frequency, links: AlertLinks): { html: string; text: string } {
  const m = mailMessages(locale);
  const urls = alertUrls(links, locale);
  const why = m.why(m.frequencyNames[frequency]);
  return {
    html: `<hr><p style="font-size:.875rem;color:#555">${escapeHtml(why)}<br>${link(urls.manage, escapeHtml(m.manage))}${dict(locale).sep}${link(urls.unsubscribe, escapeHtml(m.unsubscribe))}</p>`,
    text: `--\n${why}\n${m.manage}: ${urls.manage}\n${m.unsubscribe}: ${urls.unsubscribe}`,
  };
}

export type DigestInput = { jobs: DigestJob[]; total: number; view: string; locale: UiLocale; frequency: Frequency; links: AlertLinks };

export function composeDigest(input: DigestInput): MailContent {
  const { jobs, total, view, locale, frequency, links } = input;
  const m = mailMessages(locale);
  const shown = jobs.slice(0, MAX_DIGEST_JOBS);
  const subject = digestSubject(total, view, locale);
  const label = viewLabel(view, locale);
  const full = viewUrl(links.origin, view, locale);
  const more = total > shown.length ? m.showingFirst(formatNumber(shown.length, locale), formatNumber(total, locale)) : '';
  const items = shown.map((job) => {
    const line = facts(job, locale)
      .map(([k, v]) => `${escapeHtml(k)}: ${scraped(v)}`)
      .join(dict(locale).sep);
    return `<li style="margin-bottom:.75rem">${link(jobUrl(links.origin, job, locale), `<strong>${scraped(job.title)}</strong>`)}${line ? `<br><span style="color:#444">${line}</span>` : ''}</li>`;
  });
  const textItems = shown.map((job) => {
    const line = facts(job, locale)
      .map(([k, v]) => `${k}: ${cleanText(v)}`)
      .join(dict(locale).sep);
    return `* ${cleanText(job.title)}\n  ${line ? `${line}\n  ` : ''}${jobUrl(links.origin, job, locale)}`;
  });
  const end = footer(locale, frequency, links);
  const html = htmlDocument(
    locale,
    subject,
    [
      `<h1 style="font-size:1.25rem">${escapeHtml(m.intro(label))}</h1>`,
      `<ol style="padding-inline-start:1.25rem">${items.join('\n')}</ol>`,
      `<p>${more ? `${escapeHtml(more)} ` : ''}${link(full, escapeHtml(m.fullView))}</p>`,
      end.html,
    ].join('\n'),
  );
  const text = [m.intro(label), '', ...textItems, '', more, `${m.fullView}: ${full}`, '', end.text]
    .filter((l, i, all) => l !== '' || all[i - 1] !== '')
    .join('\n');
  return { subject, html, text, headers: unsubscribeHeaders(links, locale) };
}

export type ConfirmInput = { view: string; locale: UiLocale; frequency: Frequency; origin: string; confirmToken: string };

/** The double opt-in mail: the only mail an unconfirmed address ever gets. */
export function composeConfirmation(input: ConfirmInput): MailContent {
  const m = mailMessages(input.locale);
  const label = viewLabelWithoutSearchText(input.view, input.locale);
  const url = `${input.origin}${confirmPath(input.locale, input.confirmToken)}`;
  const body = m.confirmBody(label, input.frequency);
  const html = htmlDocument(
    input.locale,
    m.confirmSubject,
    [
      `<p>${escapeHtml(body)}</p>`,
      `<p>${link(url, `<strong>${escapeHtml(m.confirmAction)}</strong>`)}</p>`,
      `<p style="font-size:.875rem;color:#555">${escapeHtml(m.confirmIgnore)}</p>`,
    ].join('\n'),
  );
  const text = `${body}\n\n${m.confirmAction}: ${url}\n\n${m.confirmIgnore}`;
  // The subject names the site itself ("Confirm your Raqmi job alert"): no "— Raqmi" after it.
  return { subject: m.confirmSubject, html, text, headers: {} };
}
