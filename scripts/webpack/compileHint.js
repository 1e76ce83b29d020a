// V8's explicit compile hint (Chromium 136+: Edge's WebView2 in Office for Windows, Excel on the web in Chrome or
// Edge; other engines read a plain comment). A script whose first line is this comment has all its functions
// compiled eagerly on a background thread while it streams in, instead of lazily on the main thread at each
// function's first call. Right for the pane's start scripts, whose functions nearly all run while it starts.
// Used by webpack.config.js and by the benchmark's reference page, so both are built alike.
'use strict';

const { BannerPlugin, Compilation } = require('webpack');

const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Puts the hint on the first line of every start (initial) script, after minification, which would drop it. */
function compileHintPlugin() {
  return new BannerPlugin({
    banner: COMPILE_HINT,
    raw: true,
    entryOnly: true,
    stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
  });
}

module.exports = { COMPILE_HINT, compileHintPlugin };
