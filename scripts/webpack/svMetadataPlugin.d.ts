// Types for the CommonJS plugin next to it, which the webpack config loads without compiling.
import type { Compiler } from 'webpack';

declare class SvMetadataPlugin {
  constructor(options: { source?: string; translations: string; output?: string });
  apply(compiler: Compiler): void;
}

export = SvMetadataPlugin;
