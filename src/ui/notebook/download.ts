/** Save a file from an extension page: a Blob link with `download`, clicked (Chrome and Firefox alike). */
import type { ExportFile } from '../../core/formats/files.ts';

export function download(file: ExportFile, doc: Document = document): void {
  const blob = new Blob([file.bytes as BlobPart], { type: file.mime });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // the browser has taken the file once the click ran; give it a moment before freeing the blob
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
