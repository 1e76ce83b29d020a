/**
 * Hands `bytes` to the browser as a download named `name` (the Downloads folder, or where the browser asks):
 * a report outside Excel, and Spara in file mode where the File System Access API is missing.
 *
 * @param bytes - The file's content.
 * @param name - The file name the download gets.
 * @param mime - Its media type.
 * @example
 * downloadBytes(await workbook.save(), 'exempel.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
 */
export function downloadBytes(bytes: Uint8Array, name: string, mime: string): void {
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const url = URL.createObjectURL(new Blob([copy], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser may still be reading the blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
