/** Offers `contents` to the reader as a file download. */
export function downloadFile(fileName: string, type: string, contents: string) {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is not needed after this turn.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
