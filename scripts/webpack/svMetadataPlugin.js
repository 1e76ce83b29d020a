// Writes functions-sv.json (Swedish names) from the functions.json that custom-functions-metadata-plugin
// generates, so both always come from the same build and can never disagree on ids or parameters.
'use strict';

const fs = require('fs');
const path = require('path');
const { Compilation, WebpackError, sources } = require('webpack');
const { translateMetadata } = require('./translateMetadata');

const PLUGIN_NAME = 'SvMetadataPlugin';

class SvMetadataPlugin {
  /**
   * @param {{ source?: string, translations: string, output?: string }} options
   *   source: the generated metadata asset (default functions.json); translations: path of sv.json;
   *   output: the asset to write (default functions-sv.json).
   */
  constructor(options) {
    this.source = options.source || 'functions.json';
    this.translations = options.translations;
    this.output = options.output || 'functions-sv.json';
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      // Read sv.json on every build and let watch mode rebuild when it changes: it is not imported by the
      // functions chunk, so webpack would not know about it otherwise.
      compilation.fileDependencies.add(this.translations);

      compilation.hooks.processAssets.tap({ name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED }, () => {
        const generated = compilation.getAsset(this.source);
        if (!generated) {
          // The metadata plugin has already reported why; a second error would only hide that one.
          if (compilation.errors.length === 0) {
            compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${this.source} saknas, så ${this.output} kan inte byggas.`));
          }
          return;
        }
        try {
          const metadata = JSON.parse(generated.source.source().toString());
          const translations = JSON.parse(fs.readFileSync(this.translations, 'utf8'));
          const translated = translateMetadata(metadata, translations);
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(translated, null, 4)));
        } catch (error) {
          const where = path.relative(compiler.context, this.translations);
          const e = new WebpackError(`${PLUGIN_NAME}: ${this.output} kan inte byggas från ${where}: ${error instanceof Error ? error.message : String(error)}`);
          e.file = this.translations;
          compilation.errors.push(e);
        }
      });
    });
  }
}

module.exports = SvMetadataPlugin;
