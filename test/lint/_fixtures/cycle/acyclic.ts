// Imports one half of the cycle without being part of it: no-cycle must stay quiet here.
import { second } from './second';

export const third = (): number => second();
