// The documented bound on SIGINT/SIGTERM: once the first one arrives, the process ends within
// STOP_DEADLINE_MS whatever still runs. Normally the run stops well before (the step's process
// group gets SIGTERM, then SIGKILL 2 s later; a terminal prompt is closed; the run is recorded as
// paused, exit 5). If something does not give way (a step's pipe held by an escaped descendant, a
// blocked filesystem, a prompt nobody closes), this quits as a second signal does: exit 130, the
// run left as it stood, which `runbook resume` continues like a crashed one.

/** From the first SIGINT/SIGTERM to the end of the process, at most (README: signals). */
export const STOP_DEADLINE_MS = 5000

/** The exit code of a run quit before it could record its pause (as a second Ctrl-C). */
export const QUIT_EXIT_CODE = 130

let timer: NodeJS.Timeout | undefined

/**
 * Arms the deadline (once; later calls do nothing). The timer does not keep the process alive:
 * a run that stops in time exits as usual.
 */
export function armStopDeadline(
  signal: string,
  write: (text: string) => void,
  ms: number = STOP_DEADLINE_MS
): void {
  if (timer !== undefined) return
  timer = setTimeout(() => {
    write(
      `runbook: the run did not stop within ${ms / 1000} s of ${signal}; quitting (exit ${QUIT_EXIT_CODE}): the run is left as it stood, and runbook resume continues it\n`
    )
    process.exit(QUIT_EXIT_CODE)
  }, ms)
  timer.unref()
}
