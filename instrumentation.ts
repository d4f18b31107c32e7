// Next.js calls register() once when the server starts: the environment is validated then, not on
// the first request. The server runs no scheduled work: scrapes and every other job run in the
// worker process (worker/main.ts, started beside the server by `npm start`).
export async function register(): Promise<void> {
  // NEXT_RUNTIME is set by Next itself, not by users: the one env read outside lib/env.ts.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env, publicOrigin } = await import('./lib/env');
  env();
  // Links are built on it: PORT counts when RAQMI_PUBLIC_URL is unset.
  publicOrigin();
}
