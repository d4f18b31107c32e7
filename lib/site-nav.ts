// The site header's sections, in the order it shows them. One list for the two renderers of the
// header: the root layout (app/layout.tsx, React) and the alert pages (lib/alerts/page-chrome.ts),
// which are HTML strings answered by route handlers with their own status codes, outside the layout.
import type { Dict } from './i18n';

export const SITE_NAV = [
  { path: '/', label: 'listings' },
  { path: '/skills', label: 'skills' },
  { path: '/stats', label: 'stats' },
  { path: '/sources', label: 'sources' },
] as const satisfies readonly { path: string; label: keyof Dict['nav'] }[];
