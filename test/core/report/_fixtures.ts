import fs from 'fs';
import path from 'path';

/** A report from test/fixtures/reports (copies of shared/fixtures/reports, public documents). */
export function reportText(name: 'helsingborg' | 'huddinge' | 'haninge'): string {
  const files = {
    helsingborg: 'helsingborg-styrning-it-2023.txt',
    huddinge: 'huddinge-kfn-svar-digitalisering-2022.txt',
    haninge: 'haninge-uppfoljning-granskningar-2024.txt',
  };
  return fs.readFileSync(path.join(__dirname, '../../fixtures/reports', files[name]), 'utf8');
}
