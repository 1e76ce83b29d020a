// Builds the add-in into dist/: one taskpane.html that loads the task pane, the custom functions and the
// ribbon commands (a shared runtime runs all three in one page), functions.json and functions-sv.json,
// manifest.xml and the icons.
const fs = require('fs');
const os = require('os');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { compileHintPlugin } = require('./scripts/webpack/compileHint');
const SvMetadataPlugin = require('./scripts/webpack/svMetadataPlugin');

const FUNCTIONS_SOURCE = path.resolve(__dirname, 'src/functions/functions.ts');
// The scheduler React DOM runs on. Fluent's context selector imports the package by name and would get a
// second, newer copy (its own module code and message loop in vendor.js) for the two exports it uses, which
// React DOM's copy has too.
const REACT_SCHEDULER = require.resolve('scheduler', { paths: [path.dirname(require.resolve('react-dom/package.json'))] });
const PORT = 3000;

/**
 * The Office developer certificate when `npm start` has installed it (Windows and macOS, where Excel for the
 * desktop accepts only a trusted certificate), else webpack-dev-server's own self-signed one: installing a
 * trusted certificate on Linux needs sudo, and Excel on the web works once the browser has accepted it.
 */
function devServerHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return 'https';
  const options = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  return { type: 'https', options };
}

module.exports = (_env, argv) => {
  const dev = argv.mode === 'development';
  return {
    mode: dev ? 'development' : 'production',
    context: __dirname,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: FUNCTIONS_SOURCE,
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // The views the task pane loads on first use (React.lazy): hashed, so a cached old chunk is never mixed
      // with a new taskpane.js. The runtime finds them beside itself (publicPath 'auto').
      chunkFilename: '[name].[contenthash:8].js',
      // dist/node is the Node CLI compiled by tsc (tsconfig.cli.json), not ours to delete.
      clean: { keep: /^node(\/|\\|$)/ },
    },
    // Source maps of a Fluent UI bundle take longer than the rest of a production build; a developer
    // debugging in Excel uses the dev server, which has them. Not an eval-* kind: file mode's
    // Content-Security-Policy forbids eval, and npm start leads with file mode.
    devtool: dev ? 'cheap-module-source-map' : false,
    // Rebuilds reuse the previous build's modules. Webpack follows the config's require()s, so editing
    // the config or our plugins invalidates the cache.
    cache: { type: 'filesystem', buildDependencies: { config: [__filename] } },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      alias: { scheduler$: REACT_SCHEDULER },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // tsc checks types in npm test; webpack only strips them. ES modules let webpack tree-shake
              // Fluent UI, which tsconfig.json's commonjs (for Jest and Node) would prevent.
              transpileOnly: true,
              compilerOptions: { module: 'esnext', sourceMap: dev },
            },
          },
        },
        {
          // Griffel's ahead-of-time transform: our makeStyles calls become precomputed class names and CSS
          // rules at build time (as Fluent's own components ship), so the pane's first render no longer
          // resolves, hashes and serialises every style object at runtime. It runs after ts-loader, on plain
          // JavaScript, and only on the pane's sources (the only ones with makeStyles). .ts too: the shared list
          // and Översikt styles live in .ts modules, and without the transform they were compiled by stylis at start.
          test: /\.tsx?$/,
          include: path.resolve(__dirname, 'src/taskpane'),
          enforce: 'post',
          use: {
            loader: '@griffel/webpack-loader',
            options: { modules: [{ moduleSource: '@fluentui/react-components', importName: 'makeStyles', resetImportName: 'makeResetStyles' }] },
          },
        },
      ],
    },
    optimization: {
      // All three entries run in one page: one runtime means one instance of each shared module (React,
      // the core) instead of one per entry.
      runtimeChunk: 'single',
      splitChunks: {
        cacheGroups: {
          // Only what the start needs: library code used only by lazy views (dialogs, inputs) stays in their chunks.
          vendor: { test: /[\\/]node_modules[\\/]/, name: 'vendor', chunks: 'initial' },
          // Our modules that both the custom functions and the pane import (the core's scoring, scales, checks):
          // one copy, loaded before functions.js, instead of one in each entry that the browser parses and
          // compiles twice.
          shared: { test: /[\\/]src[\\/]/, name: 'shared', chunks: 'initial', minChunks: 2 },
        },
      },
    },
    // Fluent UI alone is over the default 244 KiB hint; the add-in is loaded from one origin once and
    // cached, so the hint is noise.
    performance: { hints: false },
    plugins: [
      // Generates functions.json from the JSDoc and appends CustomFunctions.associate(...) to functions.ts
      // at build time, so the source stays plain exports that tests import.
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
      new SvMetadataPlugin({
        source: 'functions.json',
        translations: path.resolve(__dirname, 'src/functions/translations/sv.json'),
        output: 'functions-sv.json',
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane', 'commands'],
        // Functions first: Excel wants the associate calls as early as possible, and a failure while the
        // task pane starts must not keep the functions from registering.
        chunksSortMode: 'manual',
      }),
      // Every function in the start scripts runs while the pane starts: V8 compiles them off the main thread
      // (scripts/webpack/compileHint.js; measured in npm run bench, README Prestanda).
      compileHintPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml' },
          // Plain script, run before everything else: Office.js inside Office, a strict CSP outside it.
          { from: 'src/taskpane/officeLoader.js', to: 'officeLoader.js' },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
        ],
      }),
    ],
    // `npm start` asks for quiet (UPPSIKT_TYST, see scripts/start.mjs): errors and warnings only, no statistics.
    ...(process.env.UPPSIKT_TYST === '1' ? { stats: 'errors-warnings', infrastructureLogging: { level: 'warn' } } : {}),
    devServer: {
      host: 'localhost',
      port: PORT,
      server: dev ? devServerHttps() : 'https',
      // Excel on the web fetches functions.json and the icons from its own origin, i.e. cross-origin.
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      // Hot module replacement would re-run CustomFunctions.associate in the shared runtime; a full reload
      // starts it cleanly.
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
