import { serialFromYmd } from './excelSerial';

/**
 * A moment's calendar date where it is (its local year, month and day) as an Excel date serial: how "today"
 * becomes a serial. Pure; the clock itself is read only by the shells (usecases/clock.todaySerial, and
 * IK.FÖRSENADE when its today argument is left out).
 *
 * @param date - The moment.
 * @returns The serial of its local date, without the time of day.
 * @example
 * serialOfLocalDate(new Date(2026, 10, 22, 15, 30)) //=> 46348
 */
export function serialOfLocalDate(date: Date): number {
  return serialFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
