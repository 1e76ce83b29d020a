// Types for the CommonJS module next to it, which the webpack config loads without compiling.

export interface MetadataParameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters?: MetadataParameter[];
  result?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface FunctionsMetadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

export interface FunctionTranslation {
  name: string;
  description: string;
  result?: string;
  parameters?: Record<string, { name: string; description: string }>;
}

export class TranslationError extends Error {
  readonly problems: string[];
  constructor(problems: string[]);
}

export function translateMetadata(metadata: FunctionsMetadata, translations: Record<string, FunctionTranslation>): FunctionsMetadata;
