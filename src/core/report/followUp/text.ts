/* Small tests on the ends of trimmed lines, shared by the follow-up modules. */

/** True when a line ends a sentence (or a lead-in): ".", "!", "?", ":" or ";", maybe before a quote. */
export function endsSentence(line: string): boolean {
  let k = line.length - 1;
  while (k >= 0 && '”"’)'.includes(line.charAt(k))) k--;
  return k >= 0 && '.!?:;'.includes(line.charAt(k));
}

/** True when the first character is a lowercase letter. */
export function startsLowercase(text: string): boolean {
  const ch = text.charAt(0);
  return ch !== '' && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** True when the first character is an uppercase letter. */
export function startsUppercase(text: string): boolean {
  const ch = text.charAt(0);
  return ch !== '' && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
