// Types for sideloadHelp.cjs, which start.mjs and the tests load as it is.
export declare const DEV_ORIGIN: string;
export declare function linuxSideloadHelp(options: { manifestPath: string; origin?: string }): string;
export declare function fileModeHelp(options?: { origin?: string }): string;
export declare function linuxStartHelp(options: { manifestPath: string; origin?: string }): string;
