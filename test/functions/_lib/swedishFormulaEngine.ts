/*
 * HyperFormula set up as a Swedish Excel (svSE function names, ";" between arguments, decimal comma,
 * ISO dates), with our custom functions registered under the IK namespace in both languages. It calls the
 * very exports Excel calls, described by the metadata custom-functions-metadata generates for Excel, with
 * the Swedish names from translations/sv.json, and passes argument addresses as Excel does for
 * @requiresParameterAddresses. Used only by tests (HyperFormula is GPL-3.0; a devDependency).
 */
import './customFunctionsRuntime';
import path from 'path';
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type RawCellContent,
} from 'hyperformula';
import svSE from 'hyperformula/commonjs/i18n/languages/svSE';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as functions from '../../../src/functions/functions';
import sv from '../../../src/functions/translations/sv.json';
import { cellRef, MAX_LEVELS, FOLLOW_UP_STATUSES } from '../../../src/core';
import { isFunctionError } from './customFunctionsRuntime';

interface MetadataParameter {
  name: string;
  dimensionality?: 'matrix' | 'scalar';
  optional?: boolean;
}
interface MetadataFunction {
  id: string;
  name: string;
  parameters: MetadataParameter[];
  result: { dimensionality?: string };
  options?: { requiresParameterAddresses?: boolean };
}

export const NAMESPACE = 'IK';
const FUNCTIONS_FILE = path.join(__dirname, '../../../src/functions/functions.ts');

// HyperFormula must know an array result's size before it evaluates; Excel spills whatever comes back.
// These are upper bounds; HyperFormula pads the rest with empty cells.
type Size = { width: number; height: number };
const RESULT_SIZE: Record<string, (args: Size[]) => Size> = {
  RISKMATRIX: () => ({ width: MAX_LEVELS, height: MAX_LEVELS }),
  // Per nämnd a group addressee can expand to every nämnd listed or named, so the list and the risks' nämnder add rows.
  SUMMARY: ([groups, , , namnder, riskNamnder]) => ({
    width: FOLLOW_UP_STATUSES.length + 2,
    height: [groups, namnder, riskNamnder].reduce((sum, r) => sum + (r ? r.width * r.height : 0), 0) + 2,
  }),
  CONTROLSUMMARY: ([controls]) => ({ width: 8, height: controls.height + 2 }),
};

let registered: Promise<MetadataFunction[]> | undefined;

/** Registers svSE and the IK functions once per test file; resolves to the metadata Excel would get. */
export function registerIkFunctions(): Promise<MetadataFunction[]> {
  registered ??= (async () => {
    const generated = await generateCustomFunctionsMetadata(FUNCTIONS_FILE, false);
    if (generated.errors.length > 0) throw new Error(generated.errors.join('\n'));
    const metadata = JSON.parse(generated.metadataJson).functions as MetadataFunction[];
    const byId = new Map(generated.associate.map((a) => [a.id, a.functionName]));
    if (!HyperFormula.getRegisteredLanguagesCodes().includes('svSE')) HyperFormula.registerLanguage('svSE', svSE);
    HyperFormula.registerFunctionPlugin(buildPlugin(metadata, byId), translations(metadata));
    return metadata;
  })();
  return registered;
}

function translations(metadata: MetadataFunction[]) {
  const svNames = sv as Record<string, { name: string }>;
  const svSEnames: Record<string, string> = {};
  const enGBnames: Record<string, string> = {};
  for (const f of metadata) {
    svSEnames[`${NAMESPACE}.${f.id}`] = `${NAMESPACE}.${svNames[f.id].name}`;
    enGBnames[`${NAMESPACE}.${f.id}`] = `${NAMESPACE}.${f.name}`;
  }
  return { svSE: svSEnames, enGB: enGBnames };
}

function buildPlugin(metadata: MetadataFunction[], functionNames: Map<string, string>): FunctionPluginDefinition {
  const implementations = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
  const implemented: Record<string, unknown> = {};
  class IkPlugin extends FunctionPlugin {}
  for (const f of metadata) {
    const method = `ik${f.id}`;
    const fn = implementations[functionNames.get(f.id) ?? ''];
    if (!fn) throw new Error(`No export for custom function ${f.id}`);
    const sizeRule = RESULT_SIZE[f.id];
    implemented[`${NAMESPACE}.${f.id}`] = {
      method,
      parameters: f.parameters.map((p) => ({
        argumentType: p.dimensionality === 'matrix' ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
        optionalArg: p.optional ?? false,
      })),
      ...(f.result.dimensionality === 'matrix' ? { sizeOfResultArrayMethod: `${method}Size`, vectorizationForbidden: true } : {}),
    };
    Object.defineProperty(IkPlugin.prototype, method, {
      value: function (this: PluginInternals, ast: { args: AstArg[] }, state: { formulaAddress: { sheet: number } }) {
        const parameterAddresses = f.options?.requiresParameterAddresses ? ast.args.map((a) => addressOf(this, a, state)) : undefined;
        return this.runFunction(ast.args, state, this.metadata(`${NAMESPACE}.${f.id}`), (...args: unknown[]) => {
          const excelArgs = f.parameters.map((p, i) => toExcel(args[i]));
          const result = fn(...excelArgs, { functionName: f.id, parameterAddresses });
          return fromExcel(result);
        });
      },
    });
    if (sizeRule) {
      Object.defineProperty(IkPlugin.prototype, `${method}Size`, {
        value: function (this: PluginInternals, ast: { args: AstArg[] }, state: unknown) {
          const sizes = ast.args.map((a) => this.arraySizeForAst(a, state));
          const { width, height } = sizeRule(sizes);
          return new ArraySize(width, height);
        },
      });
    }
  }
  (IkPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  return IkPlugin as unknown as FunctionPluginDefinition;
}

interface AstArg {
  type: string;
  start?: CellAddressLike;
  reference?: CellAddressLike;
}
interface CellAddressLike {
  toSimpleCellAddress(base: unknown): { sheet: number; row: number; col: number };
}
interface PluginInternals {
  runFunction: (...args: unknown[]) => unknown;
  metadata: (name: string) => unknown;
  arraySizeForAst: (ast: unknown, state: unknown) => Size;
  dependencyGraph: { sheetMapping: { getSheetNameOrThrowError(id: number): string } };
}

/** What Excel reports in invocation.parameterAddresses: the argument's top-left cell with its sheet. */
function addressOf(plugin: PluginInternals, arg: AstArg, state: { formulaAddress: unknown }): string {
  const start = arg.type === 'CELL_RANGE' ? arg.start : arg.type === 'CELL_REFERENCE' ? arg.reference : undefined;
  if (!start) return '';
  const a = start.toSimpleCellAddress(state.formulaAddress);
  return cellRef(plugin.dependencyGraph.sheetMapping.getSheetNameOrThrowError(a.sheet), a.row, a.col);
}

/** A HyperFormula value as Excel hands it to a custom function. */
function toExcel(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcelScalar));
  return toExcelScalar(value);
}

function toExcelScalar(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return value === undefined ? undefined : null;
  if (value instanceof CellError) return value.type;
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: number }).val; // dates, percentages
  return value;
}

function fromExcel(result: unknown): unknown {
  if (isFunctionError(result)) return new CellError(ErrorType.VALUE, result.message);
  if (Array.isArray(result))
    return SimpleRangeValue.onlyValues(result.map((row: unknown[]) => row.map((v) => (isFunctionError(v) ? new CellError(ErrorType.VALUE, v.message) : v))) as never);
  return result;
}

/** A Swedish HyperFormula with the IK functions, one sheet per entry. */
export async function swedishEngine(sheets: Record<string, RawCellContent[][]>): Promise<HyperFormula> {
  await registerIkFunctions();
  return HyperFormula.buildFromSheets(sheets, {
    licenseKey: 'gpl-v3',
    language: 'svSE',
    functionArgSeparator: ';',
    decimalSeparator: ',',
    thousandSeparator: ' ',
    dateFormats: ['YYYY-MM-DD'],
  });
}
