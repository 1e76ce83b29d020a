import path from 'path';
import { DEV_ORIGIN, fileModeHelp, linuxSideloadHelp, linuxStartHelp } from '../../scripts/sideloadHelp.cjs';
import { ROOT } from './_lib/dist';

describe('what npm start prints on Linux', () => {
  const manifestPath = path.join(ROOT, 'manifest.xml');
  const help = linuxStartHelp({ manifestPath });
  const url = `${DEV_ORIGIN}/taskpane.html`;

  it('leads with file mode: the URL to open in a browser to work on an .xlsx', () => {
    const lines = help.split('\n');
    expect(lines[0]).toMatch(/^Utan Excel \(filläge\)/);
    // The URL stands alone on its line, before anything about Excel on the web.
    const urlLine = lines.findIndex((l) => l.trim() === url);
    expect(urlLine).toBeGreaterThan(0);
    expect(urlLine).toBeLessThan(lines.findIndex((l) => l.includes('Excel på webben')));
    expect(help).toContain('Öppna arbetsbok (.xlsx)');
    expect(help).toContain('Ny arbetsbok med exempel');
    expect(help).toContain('Spara');
  });

  it('then walks through uploading the manifest in Excel on the web', () => {
    expect(help).toContain(linuxSideloadHelp({ manifestPath }));
    expect(help.indexOf('Ladda upp mitt tillägg')).toBeGreaterThan(help.indexOf(url));
  });

  it('name the manifest by its absolute path', () => {
    expect(path.isAbsolute(manifestPath)).toBe(true);
    expect(help).toContain(manifestPath);
  });

  it('the Excel steps say how to sideload and try a function', () => {
    const steps = linuxSideloadHelp({ manifestPath });
    expect(steps).toContain('Ladda upp mitt tillägg');
    expect(steps).toContain('Excel på webben');
    expect(steps).toContain(url);
    expect(steps).toContain('=IK.RISKVÄRDE(3;4)');
    expect(steps).not.toContain('måste öppnas från Excel');
  });

  it('serve from the origin in the manifest', () => {
    expect(DEV_ORIGIN).toBe('https://localhost:3000');
    expect(linuxStartHelp({ manifestPath, origin: 'https://example.org' })).toContain('https://example.org/taskpane.html');
    expect(fileModeHelp({ origin: 'https://example.org' })).toContain('https://example.org/taskpane.html');
    expect(linuxStartHelp({ manifestPath, origin: 'https://example.org' })).not.toContain(DEV_ORIGIN);
  });
});
