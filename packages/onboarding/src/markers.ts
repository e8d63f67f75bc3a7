/**
 * The hidden HTML comments that let `rolekit onboarding publish` find its issue again and map a
 * ticked box back to its task. Templates place them (see templates/onboarding/); publish reads them.
 */

/** Marks the issue of one person; publish searches for it in the issue bodies. */
export function personMarker(personId: string): string {
  return `<!-- rolekit:onboarding person=${personId} -->`;
}

/** Ends the first line of every task, so its tick survives re-rendering. */
export function taskMarker(taskId: string): string {
  return `<!-- task:${taskId} -->`;
}

/** A task line: `- [ ] ... <!-- task:ID -->`, any list bullet, any indentation, ticked with x or X. */
export const TASK_LINE = /^(\s*[-*+]\s+\[)([ xX])(\].*<!--\s*task:(\S+?)\s*-->)/;
