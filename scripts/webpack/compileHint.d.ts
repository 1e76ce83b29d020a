// Types for the CommonJS module next to it, which the webpack config loads without compiling.
import type { WebpackPluginInstance } from 'webpack';

export const COMPILE_HINT: string;
export function compileHintPlugin(): WebpackPluginInstance;
