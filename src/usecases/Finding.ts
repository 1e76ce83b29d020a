/* The finding type every command reports is the core's; re-exported so shells import it from one place. */
export type { Finding } from '../core';
