import sv from '../functions/translations/sv.json';

/** Excel shows the functions as IK.NAME; the manifest's Functions.Namespace says the same. */
export const FUNCTION_NAMESPACE = 'IK';

export interface SwedishFunction {
  id: string;
  name: string;
  description: string;
}

/** The custom functions as a Swedish Excel shows them, in the order of translations/sv.json. */
export function swedishFunctions(): SwedishFunction[] {
  return Object.entries(sv).map(([id, f]) => ({ id, name: `${FUNCTION_NAMESPACE}.${f.name}`, description: f.description }));
}
