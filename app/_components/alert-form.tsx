// "Get these jobs by email": a plain POST form (works without JavaScript) carrying the view's
// filters as hidden fields. Arabic pages post to /ar/alerts so the digest is in Arabic.
import { serialiseFilters, type Filters } from '../../lib/filters';
import { env } from '../../lib/env';
import { pageMessages } from '../../lib/alerts/page-messages';
import type { UiLocale } from '../../lib/i18n';

export function AlertForm({ filters, locale }: { filters: Filters; locale: UiLocale }) {
  const m = pageMessages(locale);
  const hidden = [...new URLSearchParams(serialiseFilters(filters, { page: false }))];
  const outbox = !env().RAQMI_SMTP_URL;
  return (
    <section className="alert-form" aria-labelledby="alert-form-title">
      <h2 id="alert-form-title">{m.formTitle}</h2>
      <form method="post" action={locale === 'ar' ? '/ar/alerts' : '/alerts'} className="alert-signup">
        {hidden.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="alert-email">{m.emailLabel}</label>
        <input id="alert-email" type="email" name="email" required maxLength={254} autoComplete="email" dir="ltr" />
        <fieldset>
          <legend>{m.frequencyLabel}</legend>
          <label className="option">
            <input type="radio" name="frequency" value="daily" defaultChecked /> {m.daily}
          </label>
          <label className="option">
            <input type="radio" name="frequency" value="weekly" /> {m.weekly}
          </label>
        </fieldset>
        <button type="submit">{m.submit}</button>
        {outbox && <p className="alert-note">{m.outboxNote}</p>}
      </form>
    </section>
  );
}
