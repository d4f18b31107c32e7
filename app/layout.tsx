import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import './globals.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { publicOrigin } from '../lib/env';
import { dict } from '../lib/i18n';
import { languageAlternates, localePath } from '../lib/locale-path';
import { SITE_NAV } from '../lib/site-nav';
import { isNotFoundPage, neutralPath, uiLocale } from './_lib/locale';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await uiLocale();
  const t = dict(locale);
  const path = await neutralPath();
  return {
    metadataBase: new URL(publicOrigin()),
    title: { default: t.metaTitle, template: `%s${t.sep}${t.siteName}` },
    description: t.metaDescription,
    // A 404 names no address as its own (it is noindex): not the missing one, nor its other language's.
    ...((await isNotFoundPage()) ? {} : { alternates: { canonical: localePath(locale, path), languages: languageAlternates(path) } }),
  };
}

// Plain <a> links throughout, never client navigation: every page load renders this layout for
// its own URL, so <html lang dir> and the language switch always match the address bar. The alert
// pages draw the same header without React (lib/alerts/page-chrome.ts): a change to it goes there
// too, and tests/e2e/alert-pages-header.test.ts compares the two.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await uiLocale();
  const t = dict(locale);
  const other = locale === 'ar' ? 'en' : 'ar';
  const here = (path: string) => localePath(locale, path);
  // The not-found page switches to the other language's jobs: its own path there is missing too.
  const switchTo = localePath(other, (await isNotFoundPage()) ? '/' : await neutralPath());
  return (
    <html lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
      <body>
        <a className="skip" href="#main">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <a href={here('/')} className="brand">
            <span className="brand-mark" lang="ar">
              رقمي
            </span>
            {locale === 'ar' ? null : <span> {t.siteName}</span>}
          </a>
          <nav aria-label={t.mainNav}>
            <ul>
              {SITE_NAV.map(({ path, label }) => (
                <li key={path}>
                  <a href={here(path)}>{t.nav[label]}</a>
                </li>
              ))}
            </ul>
          </nav>
          <a className="lang-switch" href={switchTo} hrefLang={other} lang={other} title={t.switchLabel}>
            {t.switchTo}
          </a>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            {t.tagline} {t.attribution}
          </p>
        </footer>
      </body>
    </html>
  );
}
