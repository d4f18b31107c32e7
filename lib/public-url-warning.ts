// Without RAQMI_PUBLIC_URL every absolute link (feeds, sitemap, canonical, alert mails) is built
// on http://localhost:PORT (lib/env.ts publicOrigin): right on a developer's machine, silently
// wrong on a server. The start path says so once when the site is evidently meant for others.
// `npm start` with nothing set listens on every interface like `next start`, so binding alone
// cannot tell a laptop from a server: only NODE_ENV=production given by the operator, or a host
// named explicitly that is not loopback, counts.

export type StartFacts = {
  publicUrl: string | undefined;
  /** The origin links are built on when publicUrl is unset. */
  origin: string;
  /** NODE_ENV as the operator set it (npm start sets production for its child itself). */
  nodeEnv: string | undefined;
  /** The host asked for with -H; undefined is every interface, the local default. */
  host: string | undefined;
};

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;

/** The warning line to print at start, or null when there is nothing to say. */
export function publicUrlWarning(facts: StartFacts): string | null {
  if (facts.publicUrl) return null;
  const reason =
    facts.host !== undefined && !LOOPBACK.test(facts.host)
      ? `the server listens on ${facts.host}`
      : facts.nodeEnv === 'production'
        ? 'NODE_ENV=production'
        : null;
  if (!reason) return null;
  return (
    `Warning: RAQMI_PUBLIC_URL is not set: every absolute link (feeds, sitemap, canonical, alert mails) points at ${facts.origin} ` +
    `(${reason}). Set RAQMI_PUBLIC_URL to the site's public origin, e.g. https://raqmi.example.`
  );
}
