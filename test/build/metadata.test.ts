import { readBuilt } from './_lib/dist';

interface Parameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  [key: string]: unknown;
}

const english = JSON.parse(readBuilt('functions.json')).functions as Fn[];
const swedish = JSON.parse(readBuilt('functions-sv.json')).functions as Fn[];

const SWEDISH_NAMES: Record<string, string> = {
  RISKSCORE: 'RISKVÄRDE',
  RISKLEVEL: 'RISKNIVÅ',
  RISKMATRIX: 'RISKMATRIS',
  STATUSCOUNT: 'ANTALSTATUS',
  SUMMARY: 'SAMMANSTÄLLNING',
  OVERDUE: 'FÖRSENADE',
  LATESTVERDICT: 'SENASTEBEDÖMNING',
  CONTROLSTATUS: 'KONTROLLÄGE',
  OCCASIONS: 'TILLFÄLLEN',
  CONTROLSUMMARY: 'UTFALLPERNÄMND',
};

/** A function with its names and descriptions taken out: what must be identical in both languages. */
function shape({ name: _name, description: _description, parameters, ...rest }: Fn) {
  return { ...rest, parameters: parameters.map(({ name: _n, description: _d, ...p }) => p) };
}

describe('functions.json and functions-sv.json', () => {
  it('list the same ids in the same order', () => {
    expect(english.length).toBeGreaterThan(0);
    expect(swedish.map((f) => f.id)).toEqual(english.map((f) => f.id));
  });

  it('use ids Excel accepts in every language', () => {
    for (const f of english) expect(f.id).toMatch(/^[A-Za-z0-9._]+$/);
  });

  it('give each function the agreed Swedish name', () => {
    expect(Object.fromEntries(swedish.map((f) => [f.id, f.name]))).toEqual(SWEDISH_NAMES);
    for (const f of swedish) expect(f.name).toMatch(/^[A-ZÅÄÖ0-9._]+$/u);
  });

  it('differ only in names and descriptions, parameter for parameter', () => {
    english.forEach((f, i) => {
      expect(swedish[i].parameters.length).toBe(f.parameters.length);
      expect(shape(swedish[i])).toEqual(shape(f));
    });
  });

  it('describe every function and parameter', () => {
    for (const f of [...english, ...swedish]) {
      expect(f.description?.trim()).toBeTruthy();
      for (const p of f.parameters) {
        expect(p.name.trim()).toBeTruthy();
        expect(p.description?.trim()).toBeTruthy();
      }
    }
  });

  it('are in Swedish in functions-sv.json', () => {
    swedish.forEach((f, i) => {
      expect(f.description).not.toBe(english[i].description);
      expect(f.parameters.map((p) => p.name)).not.toEqual(english[i].parameters.map((p) => p.name));
    });
  });
});

describe('taskpane.html', () => {
  const html = readBuilt('taskpane.html');
  const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
  const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1])).map((m) => (m ? (m[1] ?? m[2] ?? m[3]) : null));

  it('is Swedish', () => {
    expect(html).toMatch(/<html[^>]*\blang="?sv\b/i);
  });

  it('loads the task pane, the functions and the commands', () => {
    expect(scripts).toEqual(expect.arrayContaining(['taskpane.js', 'functions.js', 'commands.js']));
    for (const src of scripts.filter((s) => s && !/^(https?:)?\/\//i.test(s))) expect(() => readBuilt(src as string)).not.toThrow();
  });

  it('runs the own-origin loader first, parser-blocking, and loads nothing from elsewhere itself', () => {
    expect(scripts[0]).toBe('officeLoader.js');
    const loaderTag = /<script\b[^>]*officeLoader\.js[^>]*>/i.exec(html)?.[0] ?? '';
    expect(loaderTag).not.toMatch(/\b(defer|async|type="module")\b/i);
    // Every other script is ours, relative (any folder of any static server) and deferred after the loader.
    expect(scripts.filter((s) => s === null || /^(https?:)?\/\/|^\//i.test(s))).toEqual([]);
  });

  it("the loader writes Office.js from Microsoft's CDN only, and a strict policy otherwise", () => {
    const loader = readBuilt('officeLoader.js');
    // Minified by the production build like every other script.
    expect(loader).toContain(OFFICE_JS);
    expect(loader).toContain('document.write(');
    expect(loader.match(/https?:\/\/[^'"\s]+/g)).toEqual([OFFICE_JS]);
    expect(loader).toContain("default-src 'self'");
    expect(loader).not.toContain('unsafe-eval');
    expect(loader).not.toContain('unsafe-inline');
  });

  it('has no inline script or style (the policy outside Office forbids both)', () => {
    expect(html).not.toMatch(/<style\b/i);
    expect([...html.matchAll(/<script\b([^>]*)>/gi)].every((m) => /\bsrc=/i.test(m[1]))).toBe(true);
  });
});
