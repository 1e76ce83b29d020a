import { TranslationError, translateMetadata, type FunctionTranslation, type FunctionsMetadata } from '../../scripts/webpack/translateMetadata';

function metadata(): FunctionsMetadata {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: [
      {
        id: 'RISKSCORE',
        name: 'RISKSCORE',
        description: 'Risk score.',
        options: { requiresParameterAddresses: true },
        parameters: [
          { name: 'likelihood', description: 'Likelihood.', type: 'any' },
          { name: 'scale', description: 'Scale.', type: 'any', dimensionality: 'matrix', optional: true },
        ],
        result: {},
      },
      { id: 'OVERDUE', name: 'OVERDUE', description: 'Overdue.', parameters: [], result: { type: 'number' } },
    ],
  };
}

function translations(): Record<string, FunctionTranslation> {
  return {
    RISKSCORE: {
      name: 'RISKVÄRDE',
      description: 'Riskvärdet.',
      result: 'Riskvärdet.',
      parameters: { likelihood: { name: 'sannolikhet', description: 'Sannolikheten.' }, scale: { name: 'skala', description: 'Skalan.' } },
    },
    OVERDUE: { name: 'FÖRSENADE', description: 'Försenade.', parameters: {} },
  };
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TranslationError);
    return (error as TranslationError).problems;
  }
  throw new Error('translateMetadata godtog översättningen');
}

describe('translateMetadata', () => {
  it('replaces names and descriptions and keeps everything else', () => {
    const input = metadata();
    const sv = translateMetadata(input, translations());
    expect(sv).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: 'RISKSCORE',
          name: 'RISKVÄRDE',
          description: 'Riskvärdet.',
          options: { requiresParameterAddresses: true },
          parameters: [
            { name: 'sannolikhet', description: 'Sannolikheten.', type: 'any' },
            { name: 'skala', description: 'Skalan.', type: 'any', dimensionality: 'matrix', optional: true },
          ],
          result: {},
        },
        { id: 'OVERDUE', name: 'FÖRSENADE', description: 'Försenade.', parameters: [], result: { type: 'number' } },
      ],
    });
    expect(input).toEqual(metadata());
  });

  it('translates a result description when the metadata has one', () => {
    const input = metadata();
    input.functions[0].result = { description: 'The score.' };
    expect(translateMetadata(input, translations()).functions[0].result).toEqual({ description: 'Riskvärdet.' });
  });

  it('fails on a function without a translation', () => {
    const sv = translations();
    delete (sv as Partial<typeof sv>).OVERDUE;
    expect(problemsOf(() => translateMetadata(metadata(), sv))).toEqual(['OVERDUE: översättning saknas.']);
  });

  it('fails on a parameter without a translation, with a message naming it', () => {
    const sv = translations();
    delete sv.RISKSCORE.parameters?.scale;
    expect(() => translateMetadata(metadata(), sv)).toThrow(/RISKSCORE: översättning saknas för parametern scale/);
  });

  it('fails on empty names and descriptions', () => {
    const sv = translations();
    sv.RISKSCORE.description = ' ';
    sv.RISKSCORE.parameters = { likelihood: { name: '', description: 'x' }, scale: { name: 'skala', description: '' } };
    sv.OVERDUE.name = '';
    expect(problemsOf(() => translateMetadata(metadata(), sv))).toEqual([
      'RISKSCORE: "description" saknas eller är tom.',
      'RISKSCORE: parametern likelihood saknar "name".',
      'RISKSCORE: parametern scale saknar "description".',
      'OVERDUE: "name" saknas eller är tomt.',
    ]);
  });

  it('fails on a name Excel would not accept and on two functions with one name', () => {
    const sv = translations();
    sv.RISKSCORE.name = 'Risk värde';
    expect(problemsOf(() => translateMetadata(metadata(), sv)).join('\n')).toMatch(/"Risk värde" är inget giltigt funktionsnamn/);
    sv.RISKSCORE.name = 'FÖRSENADE';
    expect(problemsOf(() => translateMetadata(metadata(), sv))).toEqual(['OVERDUE: namnet "FÖRSENADE" används redan av RISKSCORE.']);
  });

  it('fails on translations for functions or parameters that do not exist', () => {
    const sv: Record<string, FunctionTranslation> = { ...translations(), RISKLEVEL: { name: 'RISKNIVÅ', description: 'Nivån.', parameters: {} } };
    sv.OVERDUE.parameters = { today: { name: 'idag', description: 'Idag.' } };
    expect(problemsOf(() => translateMetadata(metadata(), sv))).toEqual([
      'RISKLEVEL: översättning för en funktion som inte finns i functions.ts.',
      'OVERDUE: översättning för parametern today, som funktionen inte har.',
    ]);
  });

  it('reports every problem in one error message', () => {
    const sv = translations();
    delete (sv as Partial<typeof sv>).OVERDUE;
    delete sv.RISKSCORE.parameters?.likelihood;
    expect(() => translateMetadata(metadata(), sv)).toThrow(
      '2 fel i översättningen:\n  - RISKSCORE: översättning saknas för parametern likelihood.\n  - OVERDUE: översättning saknas.',
    );
  });
});
