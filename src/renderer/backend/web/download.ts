// Saving in a browser is a download: the bytes go from memory to the user's download folder
// through a blob: URL, never over the network.
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function downloadWorkbook(bytes: Uint8Array, fileName: string): void {
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), fileName);
}

/** Hands the blob to the browser as a download named `fileName` (workbooks, projects). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob after click() returns; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
