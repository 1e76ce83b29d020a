import path from 'path';
import { DEV_ORIGIN, linuxSideloadHelp } from '../../scripts/sideloadHelp.cjs';
import { ROOT } from './_lib/dist';

describe('the sideload steps npm start prints on Linux', () => {
  const manifestPath = path.join(ROOT, 'manifest.xml');
  const help = linuxSideloadHelp({ manifestPath });

  it('name the manifest by its absolute path', () => {
    expect(path.isAbsolute(manifestPath)).toBe(true);
    expect(help).toContain(manifestPath);
  });

  it('walk through uploading it in Excel on the web', () => {
    expect(help).toContain('Ladda upp mitt tillägg');
    expect(help).toContain('Excel på webben');
    expect(help).toContain(`${DEV_ORIGIN}/taskpane.html`);
    expect(help).toContain('=IK.RISKVÄRDE(3;4)');
  });

  it('serve from the origin in the manifest', () => {
    expect(DEV_ORIGIN).toBe('https://localhost:3000');
    expect(linuxSideloadHelp({ manifestPath, origin: 'https://example.org' })).toContain('https://example.org/taskpane.html');
  });
});
