import fs from 'fs';
import { COMPILE_HINT } from '../../scripts/webpack/compileHint';
import { DIST, readBuilt, startScripts } from './_lib/dist';

// What makes the pane start fast on a slow laptop (docs/performance-history.md): build settings that a change to
// webpack.config.js could drop without any other test noticing.

/** The webpack scripts taskpane.html loads at start, in order (officeLoader.js is copied, not bundled). */
const webpackStartScripts = (): string[] => startScripts(readBuilt('taskpane.html')).filter((src) => src !== 'officeLoader.js');

describe('the pane start bundle', () => {
  it('loads the webpack start scripts, the code both entries use once (shared.js) before the functions', () => {
    expect(webpackStartScripts()).toEqual(['runtime.js', 'shared.js', 'functions.js', 'vendor.js', 'taskpane.js', 'commands.js']);
  });

  it.each(['runtime.js', 'shared.js', 'functions.js', 'vendor.js', 'taskpane.js', 'commands.js'])(
    '%s opens with V8’s compile hint, so Chromium compiles it off the main thread',
    (file) => {
      // V8 reads the magic comment only as the file's first line.
      expect(readBuilt(file).split('\n')[0]).toBe(COMPILE_HINT);
    },
  );

  it('lazy chunks carry no hint: most of their functions are not called when they load', () => {
    const lazy = fs.readdirSync(DIST).filter((f) => /\.[0-9a-f]{8}\.js$/.test(f));
    expect(lazy.length).toBeGreaterThan(5);
    for (const file of lazy) expect(readBuilt(file).startsWith(COMPILE_HINT)).toBe(false);
  });

  it('has no module twice: functions.js and taskpane.js share shared.js instead of each carrying the core', () => {
    // A module webpack emits is an entry "<id>(e,t,r){" or "<id>:(e,t,r)=>{" in its chunk's module table.
    const ids = (file: string) => new Set([...readBuilt(file).matchAll(/[,{](\d+)(?:\(|:\()/g)].map((m) => m[1]));
    const functions = ids('functions.js');
    const taskpane = ids('taskpane.js');
    expect(functions.size).toBeGreaterThan(0);
    expect([...functions].filter((id) => taskpane.has(id))).toEqual([]);
  });

  it('holds the pane’s own styles as CSS computed at build time, not as style objects to resolve at runtime', () => {
    // App's root style (overflowWrap: 'break-word'): Griffel's loader turns it into a CSS rule.
    const taskpane = readBuilt('taskpane.js');
    expect(taskpane).toMatch(/\{overflow-wrap:break-word;\}/);
    expect(taskpane).not.toMatch(/overflowWrap:"break-word"/);
  });
});
