/** Hands a downloaded file to the browser to save, under a name (an object URL on a `download` link). */

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download at once; the URL can go on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
