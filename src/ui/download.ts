/** Offers a file to the user as a download. Nothing leaves the device: the file goes to the user's own disk. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** yyyy-mm-dd of a date, for file names. */
export function isoDate(d: Date = new Date()): string {
  return d.toISOString().slice(0, 10);
}
