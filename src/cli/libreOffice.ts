import { spawn, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { removeTemp, tempPathFor } from '../workbook/xlsx';
import { cliErrors } from './cliErrors';
import { killChild, trackChild } from './interrupt';

/** LibreOffice's command, or an error saying how to install it. */
export function findSoffice(): string {
  const found = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0);
  if (found) return found;
  throw cliErrors.libreOfficeMissing();
}

// Tagged (accessible) PDFs: headings and tables marked up for screen readers. One export filter per kind of
// document: Calc's for the report workbooks, Writer's for the yttrande.
const tagged = (filter: string) => `pdf:${filter}:{"UseTaggedPDF":{"type":"boolean","value":"true"}}`;
export const PDF_FROM_WORKBOOK = tagged('calc_pdf_Export');
export const PDF_FROM_DOCUMENT = tagged('writer_pdf_Export');

/**
 * Converts files to PDF beside them in `outDir` with LibreOffice (its own throwaway profile, so a running
 * LibreOffice or a broken profile does not interfere), or throws naming the files that did not convert.
 * LibreOffice runs in a process group of its own (soffice starts soffice.bin), tracked so that Ctrl+C,
 * SIGTERM, a failure or the timeout stops all of it; its profile is a temporary folder removed with the rest.
 */
export async function convertToPdf(soffice: string, files: readonly string[], outDir: string, filter = PDF_FROM_WORKBOOK): Promise<void> {
  const profile = tempPathFor(path.join(os.tmpdir(), 'libreoffice'));
  fs.mkdirSync(profile);
  try {
    const run = await new Promise<{ status: number | null; stderr: string; error?: Error }>((resolve) => {
      const child = spawn(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, ...files], {
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      trackChild(child);
      let stderr = '';
      child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
      const timer = setTimeout(() => killChild(child), 600_000);
      child.on('error', (error) => (clearTimeout(timer), resolve({ status: null, stderr, error })));
      child.on('close', (status) => (clearTimeout(timer), killChild(child), resolve({ status, stderr })));
    });
    const missing = files.filter((f) => !fs.existsSync(path.join(outDir, `${path.parse(f).name}.pdf`)));
    if (run.status !== 0 || missing.length > 0) {
      throw cliErrors.pdfFailed({ files: missing.map((f) => path.basename(f)), detail: (run.stderr || run.error?.message || '').trim() });
    }
  } finally {
    removeTemp(profile);
  }
}
