/* Creating, upgrading and adopting the Uppsikt structure: one flow for `uppsikt init`/`adopt` and the pane's Skapa. */
export { fillRequired, ID_PREFIX, NAMND_KEY, type RequiredFill } from './fillRequired';
export { newRegister, SCALE_CHOICES } from './newRegister';
export { structureKind, structureOutcome, structureRegister, type StructureChoices, type StructureKind, type StructureOutcome } from './structureRegister';
export { planStructure, type PlannedStructure } from './planStructure';
export { applyStructure } from './applyStructure';
