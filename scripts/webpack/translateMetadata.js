// Pure half of svMetadataPlugin: kept apart from webpack so Jest can test it directly.
'use strict';

// Excel's rule for function names (letters, digits, '.', '_', starting with a letter), with Å, Ä, Ö,
// which Swedish Excel accepts; lower case is kept out so the names look like Excel's own.
const FUNCTION_NAME = /^[A-ZÅÄÖ][A-ZÅÄÖ0-9._]*$/u;

class TranslationError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(
      `${problems.length === 1 ? 'ett fel' : `${problems.length} fel`} i översättningen:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'TranslationError';
    this.problems = problems;
  }
}

const isText = (value) => typeof value === 'string' && value.trim() !== '';

/**
 * The metadata with each function's and parameter's name and description replaced by the Swedish ones.
 * Ids, order and everything else stay as generated, so Excel ties both files to the same functions.
 * Throws a TranslationError listing every missing, empty, unknown or clashing translation at once, so one
 * build shows all there is to fix.
 *
 * @param {{ functions: Array<Record<string, any>> }} metadata functions.json as generated
 * @param {Record<string, any>} translations sv.json, keyed by function id
 */
function translateMetadata(metadata, translations) {
  const problems = [];
  if (!metadata || !Array.isArray(metadata.functions)) {
    throw new TranslationError(['functions.json har ingen lista "functions".']);
  }
  if (!translations || typeof translations !== 'object') {
    throw new TranslationError(['sv.json är inte ett JSON-objekt.']);
  }

  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(translations)) {
    if (!ids.has(id)) problems.push(`${id}: översättning för en funktion som inte finns i functions.ts.`);
  }

  const swedishNames = new Map();
  const functions = metadata.functions.map((f) => {
    const sv = translations[f.id];
    if (!sv || typeof sv !== 'object') {
      problems.push(`${f.id}: översättning saknas.`);
      return f;
    }
    if (!isText(sv.name)) problems.push(`${f.id}: "name" saknas eller är tomt.`);
    else if (!FUNCTION_NAME.test(sv.name)) {
      problems.push(`${f.id}: namnet "${sv.name}" är inget giltigt funktionsnamn (versaler A–Ö, siffror, punkt, understreck; börjar med en bokstav).`);
    } else if (swedishNames.has(sv.name)) {
      problems.push(`${f.id}: namnet "${sv.name}" används redan av ${swedishNames.get(sv.name)}.`);
    } else swedishNames.set(sv.name, f.id);
    if (!isText(sv.description)) problems.push(`${f.id}: "description" saknas eller är tom.`);

    const translated = { ...f, name: sv.name, description: sv.description };
    // The generator writes no result description today; translate one if a later version does.
    if (f.result && 'description' in f.result) {
      if (!isText(sv.result)) problems.push(`${f.id}: "result" saknas eller är tomt.`);
      else translated.result = { ...f.result, description: sv.result };
    }

    const svParameters = sv.parameters && typeof sv.parameters === 'object' ? sv.parameters : {};
    const generatedParameters = Array.isArray(f.parameters) ? f.parameters : [];
    const parameterNames = new Set(generatedParameters.map((p) => p.name));
    for (const name of Object.keys(svParameters)) {
      if (!parameterNames.has(name)) problems.push(`${f.id}: översättning för parametern ${name}, som funktionen inte har.`);
    }
    const parameters = generatedParameters.map((p) => {
      const sp = svParameters[p.name];
      if (!sp || typeof sp !== 'object') {
        problems.push(`${f.id}: översättning saknas för parametern ${p.name}.`);
        return p;
      }
      if (!isText(sp.name)) problems.push(`${f.id}: parametern ${p.name} saknar "name".`);
      if (!isText(sp.description)) problems.push(`${f.id}: parametern ${p.name} saknar "description".`);
      return { ...p, name: sp.name, description: sp.description };
    });
    if (Array.isArray(f.parameters)) translated.parameters = parameters;

    return translated;
  });

  if (problems.length > 0) throw new TranslationError(problems);
  return { ...metadata, functions };
}

module.exports = { translateMetadata, TranslationError };
