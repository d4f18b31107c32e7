import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import './globals.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { dict } from '../lib/i18n';
import { uiLocale } from './_lib/locale';

export const metadata: Metadata = {
  title: { default: 'Raqmi — digital-marketing jobs', template: '%s · Raqmi' },
  description: 'Digital-marketing jobs from real job boards: remote, office and freelance, in English and Arabic.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await uiLocale();
  const t = dict(locale);
  return (
    <html lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
      <body>
        <a className="skip" href="#main">{t.skipToContent}</a>
        <header className="site-header">
          <Link href="/" className="brand">
            <span className="brand-mark" lang="ar">رقمي</span>
            {locale === 'ar' ? null : <span> {t.siteName}</span>}
          </Link>
          <nav aria-label={locale === 'ar' ? 'الرئيسية' : 'Main'}>
            <ul>
              <li><Link href="/">{t.nav.listings}</Link></li>
              <li><Link href="/skills">{t.nav.skills}</Link></li>
              <li><Link href="/stats">{t.nav.stats}</Link></li>
              <li><Link href="/sources">{t.nav.sources}</Link></li>
            </ul>
          </nav>
          <a className="lang-switch" href={`/lang?to=${locale === 'ar' ? 'en' : 'ar'}`} lang={locale === "ar" ? "en" : "ar"} title={t.switchLabel}>
            {t.switchTo}
          </a>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>{t.tagline} {t.attribution}</p>
        </footer>
      </body>
    </html>
  );
}
