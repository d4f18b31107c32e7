export { ensureBuilt, startServer, type RunningServer } from '../../scripts/server-harness';
