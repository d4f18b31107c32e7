// Under npm, a SIGTERM sent to npm (docker stop, systemd, a terminal closing) reaches the shell
// that runs the script and no further. When that shell is gone this process is re-parented:
// `onLauncherGone` treats that as the signal. Run directly (node, a process manager), it does
// nothing: the parent is whoever started us, and it may leave.
//
// The supervisor's children (the web server and the worker) watch it the same way: a supervisor
// killed outright (SIGKILL, the OOM killer) cannot stop them, and they would run on as orphans
// holding the port and the database. It gives them its pid in RAQMI_SUPERVISED: one killed while
// a child was still loading has re-parented it before the child could note its parent.
export const SUPERVISED = 'RAQMI_SUPERVISED';

/** Calls `stop` once, when this process's parent is no longer `parent` (it has been re-parented). */
function whenParentIsNot(parent: number, stop: () => void): void {
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer); // once: the demo would otherwise signal its child every half second
    stop();
  }, 500).unref();
}

export function onLauncherGone(stop: () => void): void {
  if (process.env.npm_lifecycle_event) whenParentIsNot(process.ppid, stop);
}

/** In a child of the supervisor: `stop` when the supervisor is gone. */
export function onSupervisorGone(stop: () => void): void {
  const supervisor = Number(process.env[SUPERVISED]);
  if (Number.isInteger(supervisor) && supervisor > 0) whenParentIsNot(supervisor, stop);
}
