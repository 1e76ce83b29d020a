/* Changing the risk scale: what it does to the risks (scaleEffect, shown first) and saving it (applyScale). */
export { scaleEffect, type ScaleEffect, type ScaleEffectRow } from './scaleEffect';
export { applyScale } from './applyScale';
