// tsconfig's node10 resolution does not read package "exports"; Jest does. This names the one language
// file the tests load.
declare module 'hyperformula/commonjs/i18n/languages/svSE' {
  import type { RawTranslationPackage } from 'hyperformula';
  const svSE: RawTranslationPackage;
  export default svSE;
}
