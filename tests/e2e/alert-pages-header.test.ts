// The alert pages carry the site's header, as every other page does, in real Chromium against the
// production server: at 390 × 844 and 1280 × 900, English and Arabic.
//
// Tester's report: the alert pages (check your inbox, confirm, confirmed, manage, saved,
// unsubscribe, unsubscribed, a link that no longer works) had no site header: no name of the site,
// no way to the jobs, skills, stats or sources but a "Back to the jobs" link, no language switch.
// Each now opens with the listing's header: the same brand and links in the same places, the
// same colours and sizes, right to left in Arabic, a language switch that leads to a page in the
// other language; nothing cut or scrolling sideways on a phone.
import * as cheerio from 'cheerio';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { upsertSignUp } from '../../db/queries/alerts';
import { signToken, type TokenPurpose } from '../../lib/alerts/tokens';
import { axeViolations, newPage } from '../helpers/browser';
import { cutText, tooWide } from '../helpers/layout';
import { setUpSeededSite } from '../helpers/seeded-site';
import { confirmedSubscription } from '../helpers/subscriptions';

const SECRET = 'alert-header-secret-alert-header-secret-01';
const NOW = Date.now();
const SIZES = [
  [390, 844],
  [1280, 900],
] as const;
type Lang = 'en' | 'ar';
const LANGS: Lang[] = ['en', 'ar'];
/** Each alert page a reader can open, by language: [name, path, status]. */
const pages: Record<Lang, [string, string, number][]> = { en: [], ar: [] };
const site = setUpSeededSite({ now: NOW, seed: addAlertPages, envs: [{ RAQMI_SECRET: SECRET }] });

/** A sign-up and subscriptions in each language, for links to every alert page, in `pages`. */
function addAlertPages(db: Db): void {
  for (const lang of LANGS) {
    const prefix = lang === 'ar' ? '/ar' : '';
    const view = 'workplace=remote';
    const pending = upsertSignUp(db, {
      email: `new-${lang}@example.org`,
      emailKey: `new-${lang}@example.org`,
      lang,
      view,
      frequency: 'daily',
      now: NOW,
    });
    const confirmed = confirmedSubscription(db, { email: `reader-${lang}@example.org`, lang, view, at: NOW });
    const gone = confirmedSubscription(db, { email: `gone-${lang}@example.org`, lang, view, at: NOW });
    db.$client.prepare('DELETE FROM alert_subscriptions WHERE id = ?').run(gone);
    const link = (purpose: TokenPurpose, id: number) => `${prefix}/alerts/${purpose}?token=${signToken(SECRET, purpose, id, NOW)}`;
    pages[lang] = [
      ['check your inbox', `${prefix}/alerts/sent`, 200],
      ['confirm', link('confirm', pending.id), 200],
      ['confirmed', link('confirm', confirmed), 200],
      ['manage', link('manage', confirmed), 200],
      ['saved', `${link('manage', confirmed)}&saved=1`, 200],
      ['unsubscribe', link('unsubscribe', confirmed), 200],
      ['unsubscribed', `${prefix}/alerts/unsubscribed`, 200],
      ['unsubscribed, opened again', link('manage', gone), 200],
      ['a broken link', `${prefix}/alerts/confirm?token=bad`, 400],
    ];
  }
}

const listing = (lang: Lang) => (lang === 'ar' ? '/ar' : '/');

/** What a reader sees of the header: each link's text and target, the brand and the language switch included. */
const headerLinks = (page: Page) =>
  page.$$eval('header.site-header a', (links) => links.map((a) => [a.className, a.textContent?.trim(), a.getAttribute('href')]));

/** How the header and each of its parts look: colours, sizes, weight, spacing, underline (not the font, see below). */
const headerLook = (page: Page) =>
  page.evaluate(() => {
    const style = (el: Element | null) => {
      if (!el) return null;
      const s = getComputedStyle(el);
      return [s.backgroundColor, s.color, s.fontSize, s.fontWeight, s.padding, s.borderBottom, s.textDecorationLine, s.display].join(' | ');
    };
    const header = document.querySelector('header.site-header');
    return {
      body: style(document.body),
      header: style(header),
      links: [...(header?.querySelectorAll('a, li, ul, nav, span') ?? [])].map((el) => `${el.tagName} ${style(el)}`),
    };
  });

/** Where each link of the header is drawn: [text, left, top, width, height]. */
const boxes = (page: Page) =>
  page.$$eval('header.site-header a', (links) =>
    links.map((a) => {
      const r = a.getBoundingClientRect();
      return [a.textContent?.trim(), Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];
    }),
  );

type Box = (string | number | undefined)[];
/** Boxes ([text, left, top, width, height]) more than 2 px from the listing's. */
const farApart = (here: Box[], there: Box[]) =>
  here.filter((box, i) => box[0] !== there[i]?.[0] || box.slice(1).some((v, k) => Math.abs(Number(v) - Number(there[i]![k + 1])) > 2));
/** In Arabic the brand is at the right and each link left of the one before, as on /ar. */
const isRightToLeft = (here: Box[]) => here.every((box, i) => i === 0 || Number(box[1]) < Number(here[i - 1]![1]));

/** Header elements reaching past the screen: a link a reader could not see or tap. */
const headerOffScreen = (page: Page) =>
  page.$$eval('header.site-header, header.site-header *', (els) =>
    els
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.left < -0.5 || r.right > document.documentElement.clientWidth + 0.5))
      .map(({ el, r }) => `${el.tagName} "${el.textContent?.trim()}" at ${Math.round(r.left)}–${Math.round(r.right)}px`),
  );

describe.each(LANGS)('the alert pages’ header (%s)', (lang) => {
  const other = lang === 'ar' ? 'en' : 'ar';

  it.each(SIZES)(
    '%i × %i: the listing’s header, in the same places, nothing cut or sideways',
    { timeout: 120_000 },
    async (width, height) => {
      const page = await newPage(site.browser, { viewport: { width, height }, javaScriptEnabled: false });
      await page.goto(`${site.url}${listing(lang)}`);
      // The brand and the four sections as the listing has them; its language switch leads to this page in the other language.
      const expected = (await headerLinks(page)).filter(([cls]) => cls !== 'lang-switch');
      expect(expected.map(([, text]) => text)).toHaveLength(5);
      const look = await headerLook(page);
      const places = (await boxes(page)).slice(0, 5);
      for (const [name, path, status] of pages[lang]) {
        const res = await page.goto(`${site.url}${path}`);
        expect([name, res?.status()]).toEqual([name, status]);
        expect([name, await page.locator('html').getAttribute('lang'), await page.locator('html').getAttribute('dir')]).toEqual([
          name,
          lang,
          lang === 'ar' ? 'rtl' : 'ltr',
        ]);
        const links = await headerLinks(page);
        expect([name, links.filter(([cls]) => cls !== 'lang-switch')]).toEqual([name, expected]);
        const language = page.locator('header.site-header a.lang-switch');
        expect([name, await language.textContent(), await language.getAttribute('hreflang')]).toEqual([
          name,
          other === 'ar' ? 'العربية' : 'English',
          other,
        ]);
        expect([name, await headerLook(page)]).toEqual([name, look]);
        // Laid out as the listing's header: each link where the listing has it, within 2 px. The
        // listing draws Arabic letters (its brand mark "رقمي", every word on /ar) in the site's
        // web font, which the alert pages do not load; the Arabic links are compared by order
        // and side instead.
        const here = (await boxes(page)).slice(0, 5);
        if (lang === 'en') expect([name, farApart(here, places)]).toEqual([name, []]);
        else expect([name, isRightToLeft(here)]).toEqual([name, true]);
        // The skip link leads to the page's content, as on every page.
        expect([name, await page.locator('a.skip').getAttribute('href'), await page.locator('main#main h1').count()]).toEqual([
          name,
          '#main',
          1,
        ]);
        expect([name, await headerOffScreen(page), await tooWide(page), await cutText(page)]).toEqual([name, [], [], []]);
      }
      await page.context().close();
    },
  );

  it('has a language switch that leads to a page in the other language', { timeout: 60_000 }, async () => {
    const page = await newPage(site.browser, { javaScriptEnabled: false });
    for (const [name, path] of pages[lang]) {
      await page.goto(`${site.url}${path}`);
      const [res] = await Promise.all([page.waitForNavigation(), page.locator('header.site-header a.lang-switch').click()]);
      expect([name, res?.status(), await page.locator('html').getAttribute('lang')]).toEqual([name, 200, other]);
    }
    // The page whose address is its own (no link of a mail) stays the same page.
    await page.goto(`${site.url}${pages[lang][0]![1]}`);
    await page.locator('header.site-header a.lang-switch').click();
    expect(new URL(page.url()).pathname).toBe(other === 'ar' ? '/ar/alerts/sent' : '/alerts/sent');
    await page.context().close();
  });

  it('gives axe-core no serious or critical finding', { timeout: 120_000 }, async () => {
    const page = await newPage(site.browser);
    const found: string[] = [];
    for (const [name, path] of pages[lang]) {
      await page.goto(`${site.url}${path}`);
      for (const v of await axeViolations(page))
        found.push(`${name}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
    expect(found).toEqual([]);
    await page.context().close();
  });
});

// Answers to a form's POST are pages too: a refused sign-up, a bad address.
describe.each(LANGS)('the answers to a sign-up (%s)', (lang) => {
  it('carry the site’s header as well', async () => {
    const prefix = lang === 'ar' ? '/ar' : '';
    const listingHtml = cheerio.load(await (await fetch(`${site.url}${listing(lang)}`)).text());
    const nav = listingHtml('header.site-header nav a')
      .toArray()
      .map((a) => listingHtml(a).text());
    for (const [headers, status] of [
      [{}, 403],
      [{ origin: site.url }, 400],
    ] as const) {
      const res = await fetch(`${site.url}${prefix}/alerts`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: 'email=not-an-address&frequency=daily',
      });
      const $ = cheerio.load(await res.text());
      expect([
        res.status,
        $('header.site-header nav a')
          .toArray()
          .map((a) => $(a).text()),
      ]).toEqual([status, nav]);
    }
  });
});
