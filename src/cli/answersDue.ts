import { DUE_WITHIN_DAYS, type RegisterData } from '../core';
import { flowMessagesSv as M } from '../usecases/messages.sv';
import { answersDueByNamnd } from '../usecases/yttrande/answersDueByNamnd';
import type { Io } from './Io';

/** The yttranden due within 30 days or late, per nämnd, after `summary`'s and `check`'s own output. */
export function printAnswersDue(register: RegisterData, io: Io): void {
  const due = answersDueByNamnd(register, io.today());
  if (due.length === 0) return;
  io.out('');
  io.out(`${M.answersDueHeading({ days: DUE_WITHIN_DAYS })}:`);
  for (const { namnd, deadlines } of due) {
    io.out(`  ${namnd}`);
    for (const d of deadlines) io.out(`    ${d.line}`);
  }
}
