// A two-function stand-in for src/functions/functions.ts, for compiling svMetadataPlugin in a test.

/**
 * Adds two numbers.
 * @customfunction ADD
 * @param {number} first First number.
 * @param {number} [second] Second number.
 * @returns {number} The sum.
 */
export function add(first, second) {
  return first + (second ?? 0);
}

/**
 * Today's greeting.
 * @customfunction HELLO
 * @returns {string} A greeting.
 */
export function hello() {
  return 'Hej';
}
