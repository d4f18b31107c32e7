// Next.js calls register() once when the server starts: the scrape scheduler starts with the
// site. The dynamic import inside the nodejs guard keeps node-only modules out of other runtimes.
export async function register(): Promise<void> {
  // NEXT_RUNTIME is set by Next itself, not by users: the one env read outside lib/env.ts.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Validate the environment (RAQMI_PUBLIC_URL among it) at start, not on the first request.
  const { env } = await import('./lib/env');
  env();
  const { startAppScheduler } = await import('./scrapers/app-scheduler');
  startAppScheduler();
}
