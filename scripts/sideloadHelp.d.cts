// Types for sideloadHelp.cjs, which start.mjs and the tests load as it is.
export declare const DEV_ORIGIN: string;
export declare function linuxSideloadHelp(options: { manifestPath: string; origin?: string }): string;
