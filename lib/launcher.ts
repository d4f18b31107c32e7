// Under npm, a SIGTERM sent to npm (docker stop, systemd, a terminal closing) reaches the shell
// that runs the script and no further. When that shell is gone this process is re-parented:
// `onLauncherGone` treats that as the signal. Run directly (node, a process manager), it does
// nothing: the parent is whoever started us, and it may leave.
export function onLauncherGone(stop: () => void): void {
  if (!process.env.npm_lifecycle_event) return;
  const launcher = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === launcher) return;
    clearInterval(timer); // once: the demo would otherwise signal its child every half second
    stop();
  }, 500).unref();
}
