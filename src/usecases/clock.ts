import { serialOfLocalDate } from '../core';

/**
 * Today as an Excel date serial, by the local calendar: the one clock of the CLI and the task pane (the custom
 * functions, which may import only the core, read the date through the same serialOfLocalDate). Pure code
 * never calls it; it takes `today` as a parameter, so tests pick the date.
 *
 * @param now - The moment (the current one by default).
 * @returns The serial of its local date (no time of day).
 * @example
 * todaySerial(new Date(2026, 10, 22, 15, 30)) //=> 46348
 */
export function todaySerial(now: Date = new Date()): number {
  return serialOfLocalDate(now);
}
